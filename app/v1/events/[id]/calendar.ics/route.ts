import { feedResponse } from "@/lib/feeds/http";
import { getEventFeed } from "@/lib/feeds/get-event-feed";
import { apiRoute } from "@/lib/api/route";

/** `GET /v1/events/{identifier}.ics` (rewritten here by next.config.ts): the public schedule feed. */
export const GET = apiRoute<{ id: string }>(
  async (request, { params: { id } }) => feedResponse(request, await getEventFeed(id)),
  { actor: false },
);
