import { feedResponse } from "@/lib/feeds/http";
import { getSessionFeed } from "@/lib/feeds/get-session-feed";
import { apiRoute } from "@/lib/api/route";

/** `GET /v1/sessions/{id}.ics` (rewritten here by next.config.ts): one public session. */
export const GET = apiRoute<{ id: string }>(
  async (request, { params: { id } }) => feedResponse(request, await getSessionFeed(id)),
  { actor: false },
);
