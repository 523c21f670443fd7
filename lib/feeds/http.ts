import { createHash } from "node:crypto";

/**
 * HTTP caching of the live calendar feeds. Calendar apps poll subscribed feeds (every few
 * minutes to hours); a strong validator lets most polls end in a body-less 304.
 *
 * - `ETag` is a hash of the exact bytes, so it is strong (RFC 9110 §8.8.3) and changes with any
 *   change of the feed, also ones no timestamp records (a renamed room).
 * - `Last-Modified` is the newest change among the rows the feed shows (see last-modified.ts),
 *   for clients that only revalidate by date.
 * - `If-None-Match` wins over `If-Modified-Since` (RFC 9110 §13.2.2): the date is only
 *   consulted when no entity tag is sent.
 */

export interface Feed {
  /** The calendar text (CRLF line endings). */
  body: string;
  /** Newest change among the data the feed shows; also its DTSTAMP. */
  lastModified: Date;
  /** File name for `Content-Disposition`, e.g. `ots2027.ics`. */
  filename: string;
}

export interface FeedResponseOptions {
  /** A personal feed (its URL is a secret): shared caches must not keep it. */
  personal?: boolean;
}

export const FEED_MAX_AGE_SECONDS = 300;

/** Strong entity tag of a body: base64url SHA-256 of its UTF-8 bytes. */
export function entityTag(body: string): string {
  return `"${createHash("sha256").update(body, "utf8").digest("base64url")}"`;
}

/** `If-None-Match` matches when it is `*` or lists the tag (weak comparison, RFC 9110 §13.1.2). */
export function noneMatch(header: string, etag: string): boolean {
  const value = header.trim();
  if (value === "*") return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return value.split(",").some((tag) => opaque(tag) === opaque(etag));
}

/** Whole seconds: HTTP dates have no fractions, so comparisons must not see milliseconds. */
const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

/** Unchanged since `If-Modified-Since`? An unparsable date is ignored (RFC 9110 §13.1.3). */
export function notModifiedSince(header: string, lastModified: Date): boolean {
  const since = Date.parse(header);
  return Number.isFinite(since) && seconds(lastModified) <= Math.floor(since / 1000);
}

/** The feed as a response to `request`: 200 with the body, or 304 when the client's copy is current. */
export function feedResponse(request: Request, feed: Feed, options: FeedResponseOptions = {}): Response {
  const etag = entityTag(feed.body);
  // Never later than now (RFC 9110 §8.8.2.1), e.g. when the server clock went back.
  const lastModified = new Date(Math.min(seconds(feed.lastModified), seconds(new Date())) * 1000);
  const headers = new Headers({
    etag,
    "last-modified": lastModified.toUTCString(),
    "cache-control": `${options.personal ? "private" : "public"}, max-age=${FEED_MAX_AGE_SECONDS}`,
    // Representations differ by nothing else; `Authorization`/cookies are not used by feeds.
    vary: "Accept-Encoding",
  });
  if (options.personal) headers.set("x-robots-tag", "noindex");

  const ifNoneMatch = request.headers.get("if-none-match");
  const ifModifiedSince = request.headers.get("if-modified-since");
  const unchanged =
    ifNoneMatch !== null ? noneMatch(ifNoneMatch, etag) : ifModifiedSince !== null && notModifiedSince(ifModifiedSince, lastModified);
  if (unchanged && (request.method === "GET" || request.method === "HEAD")) {
    return new Response(null, { status: 304, headers });
  }

  headers.set("content-type", "text/calendar; charset=utf-8");
  headers.set("content-disposition", `inline; filename="${feed.filename.replace(/[^\w.-]/g, "_")}"`);
  return new Response(feed.body, { status: 200, headers });
}
