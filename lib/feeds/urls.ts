/**
 * Where the live feeds live (documented in lib/feeds/README.md). The `.ics` forms are the
 * public URLs; next.config.ts rewrites the event, session and speaker ones onto their route
 * folders because `/v1/events/[id]`, `/v1/sessions/[id]` and `/v1/speakers/[id]` already own
 * the segment before the dot.
 */

export const eventFeedPath = (identifier: string) => `/v1/events/${encodeURIComponent(identifier)}.ics`;
export const sessionFeedPath = (sessionId: number) => `/v1/sessions/${sessionId}.ics`;
export const speakerFeedPath = (speakerId: number) => `/v1/speakers/${speakerId}.ics`;
export const personalFeedPath = (token: string) => `/v1/calendar/${token}.ics`;

export interface FeedLinks {
  /** Plain http(s) URL: download, or paste into a calendar app's "subscribe by URL". */
  url: string;
  /** `webcal://` URL: opens the system calendar's subscribe dialog. */
  webcal: string;
}

/** Absolute links of a feed path on the site at `origin` (e.g. `https://events.example.org`). */
export function feedLinks(origin: string, path: string): FeedLinks {
  const url = `${origin.replace(/\/+$/, "")}${path}`;
  // webcal is the same resource over the same transport; calendar apps fetch it with http(s).
  return { url, webcal: url.replace(/^https?:\/\//i, "webcal://") };
}
