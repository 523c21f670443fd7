import { describe, expect, it } from "vitest";
import { entityTag, feedResponse, noneMatch, notModifiedSince, type Feed } from "./http";

const feed: Feed = {
  body: "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n",
  lastModified: new Date("2025-02-15T02:00:00.750Z"),
  filename: "ots2027.ics",
};
const get = (headers: Record<string, string> = {}) => new Request("http://localhost/v1/events/ots2027.ics", { headers });

describe("feedResponse", () => {
  it("answers 200 with the body and every caching header", async () => {
    const response = feedResponse(get(), feed);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toEqual({
      "cache-control": "public, max-age=300",
      "content-disposition": 'inline; filename="ots2027.ics"',
      "content-type": "text/calendar; charset=utf-8",
      etag: entityTag(feed.body),
      // Whole seconds: an HTTP date has no fractions.
      "last-modified": "Sat, 15 Feb 2025 02:00:00 GMT",
      vary: "Accept-Encoding",
    });
    expect(await response.text()).toBe(feed.body);
  });

  it("makes a strong tag from the bytes: same body, same tag; one byte more, another", () => {
    expect(entityTag(feed.body)).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(entityTag(feed.body)).toBe(entityTag(`${feed.body}`));
    expect(entityTag(`${feed.body} `)).not.toBe(entityTag(feed.body));
  });

  it("answers If-None-Match with the current tag with 304 and no body", async () => {
    const etag = entityTag(feed.body);
    for (const header of [etag, `"other", ${etag}`, `W/${etag}`, "*"]) {
      const response = feedResponse(get({ "if-none-match": header }), feed);
      expect(response.status).toBe(304);
      expect(response.headers.get("etag")).toBe(etag);
      expect(response.headers.get("content-type")).toBeNull();
      expect(await response.text()).toBe("");
    }
    expect(feedResponse(get({ "if-none-match": '"stale"' }), feed).status).toBe(200);
  });

  it("uses If-Modified-Since only when no tag is sent", () => {
    const lastModified = "Sat, 15 Feb 2025 02:00:00 GMT";
    expect(feedResponse(get({ "if-modified-since": lastModified }), feed).status).toBe(304);
    expect(feedResponse(get({ "if-modified-since": "Sat, 15 Feb 2025 03:00:00 GMT" }), feed).status).toBe(304);
    expect(feedResponse(get({ "if-modified-since": "Sat, 15 Feb 2025 01:59:59 GMT" }), feed).status).toBe(200);
    expect(feedResponse(get({ "if-modified-since": "not a date" }), feed).status).toBe(200);
    // A stale tag wins over a fresh date (RFC 9110 §13.2.2).
    expect(feedResponse(get({ "if-none-match": '"stale"', "if-modified-since": lastModified }), feed).status).toBe(200);
  });

  it("never sends a Last-Modified later than now", () => {
    const future = new Date(Date.now() + 86_400_000);
    const response = feedResponse(get(), { ...feed, lastModified: future });
    expect(Date.parse(response.headers.get("last-modified") ?? "")).toBeLessThanOrEqual(Date.now());
  });

  it("keeps personal feeds out of shared caches", () => {
    const response = feedResponse(get(), { ...feed, filename: "starred-sessions.ics" }, { personal: true });
    expect(response.headers.get("cache-control")).toBe("private, max-age=300");
    expect(response.headers.get("x-robots-tag")).toBe("noindex");
  });

  it("never lets a file name break out of the header", () => {
    const response = feedResponse(get(), { ...feed, filename: 'a"b\r\nc.ics' });
    expect(response.headers.get("content-disposition")).toBe('inline; filename="a_b__c.ics"');
  });
});

describe("validators", () => {
  it("compares tags weakly for If-None-Match", () => {
    expect(noneMatch(' W/"a" ', '"a"')).toBe(true);
    expect(noneMatch('"b"', '"a"')).toBe(false);
  });
  it("compares dates in whole seconds", () => {
    expect(notModifiedSince("Sat, 15 Feb 2025 02:00:00 GMT", new Date("2025-02-15T02:00:00.999Z"))).toBe(true);
    expect(notModifiedSince("Sat, 15 Feb 2025 02:00:00 GMT", new Date("2025-02-15T02:00:01Z"))).toBe(false);
  });
});
