import { JSONAPI_VERSION } from "../jsonapi/serialize";
import { feedLinks, personalFeedPath } from "./urls";

export const CALENDAR_TOKEN_PATH = "/v1/users/me/calendar-token";

/**
 * The `calendar-token` document of `/v1/users/me/calendar-token`: the personal feed's URLs, or
 * `data: null` when the user has no token (never created, or revoked).
 */
export function calendarTokenDocument(token: string | null, origin: string) {
  const links = token ? feedLinks(origin, personalFeedPath(token)) : null;
  return {
    data: links
      ? { type: "calendar-token", id: "me", attributes: { "feed-url": links.url, "webcal-url": links.webcal } }
      : null,
    links: { self: CALENDAR_TOKEN_PATH },
    jsonapi: JSONAPI_VERSION,
  };
}
