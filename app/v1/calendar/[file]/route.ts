import { notFound } from "@/lib/errors";
import { feedResponse } from "@/lib/feeds/http";
import { getPersonalFeed } from "@/lib/feeds/get-personal-feed";
import { apiRoute } from "@/lib/api/route";

/** `GET /v1/calendar/{token}.ics`: the personal feed of starred sessions (the token is the only credential). */
export const GET = apiRoute<{ file: string }>(
  async (request, { params: { file } }) => {
    if (!file.endsWith(".ics")) throw notFound("Calendar");
    return feedResponse(request, await getPersonalFeed(file.slice(0, -".ics".length)), { personal: true });
  },
  { actor: false },
);
