import { feedResponse } from "@/lib/feeds/http";
import { getSpeakerFeed } from "@/lib/feeds/get-speaker-feed";
import { apiRoute } from "@/lib/api/route";

/** `GET /v1/speakers/{id}.ics` (rewritten here by next.config.ts): a speaker's public sessions. */
export const GET = apiRoute<{ id: string }>(
  async (request, { params: { id } }) => feedResponse(request, await getSpeakerFeed(id)),
  { actor: false },
);
