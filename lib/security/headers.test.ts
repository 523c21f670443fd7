import { describe, expect, test } from "vitest";
import { FRAMEABLE_PATHS, isFrameable, securityHeaders } from "./headers";

const DOCUMENT = {
  "Content-Security-Policy": "frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self'",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Content-Type-Options": "nosniff",
};

describe("securityHeaders", () => {
  test("pages, API responses and error pages may not be framed by anyone", () => {
    for (const path of ["/", "/e/ots2027", "/e/ots2027/schedule", "/events/1/sessions", "/v1/events", "/api/health", "/no-such-page"]) {
      expect(securityHeaders(path)).toEqual(DOCUMENT);
    }
  });

  test("the embeddable schedule is the only frameable page", () => {
    expect(securityHeaders("/e/ots2027/schedule/embed")).toEqual({
      "Content-Security-Policy": "base-uri 'self'; object-src 'none'; form-action 'self'",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Content-Type-Options": "nosniff",
    });
    expect(isFrameable("/e/ots2027/schedule/embed/")).toBe(true);
    for (const path of ["/e/ots2027/schedule/embedded", "/e/ots2027/schedule/embed/x", "/e/a/b/schedule/embed", "/e/ots2027/schedule", "/e/ots2027"]) {
      expect(isFrameable(path)).toBe(false);
      expect(securityHeaders(path)).toEqual(DOCUMENT);
    }
    expect(FRAMEABLE_PATHS).toHaveLength(1);
  });

  test("a path listed as frameable drops only the framing ban", () => {
    const embed = [/^\/e\/[^/]+\/schedule\/embed(?:\/|$)/];
    expect(securityHeaders("/e/ots2027/schedule/embed", embed)).toEqual({
      "Content-Security-Policy": "base-uri 'self'; object-src 'none'; form-action 'self'",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Content-Type-Options": "nosniff",
    });
    expect(securityHeaders("/e/ots2027/schedule", embed)).toEqual(DOCUMENT);
    expect(securityHeaders("/e/ots2027/schedule/embedded", embed)).toEqual(DOCUMENT);
  });

  test("uploaded files keep their own sandboxing CSP, and are not frameable either", () => {
    expect(securityHeaders("/uploads/images/a.png")).toEqual({
      "X-Frame-Options": "DENY",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Content-Type-Options": "nosniff",
    });
  });
});
