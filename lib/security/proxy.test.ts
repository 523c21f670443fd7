import { NextRequest } from "next/server";
import { describe, expect, test } from "vitest";
import { proxy } from "@/proxy";

const request = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  new NextRequest(`http://127.0.0.1:3000${path}`, { method: init.method ?? "GET", headers: { host: "127.0.0.1:3000", ...init.headers } });

const SECURITY = {
  "content-security-policy": "frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self'",
  "x-frame-options": "DENY",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-content-type-options": "nosniff",
};

const picked = (response: Response) => Object.fromEntries(Object.keys(SECURITY).map((name) => [name, response.headers.get(name)]));

describe("proxy", () => {
  test("passes a page request on with the security headers", () => {
    const response = proxy(request("/e/ots2027"));
    expect(response.headers.get("x-middleware-next")).toBe("1");
    expect(picked(response)).toEqual(SECURITY);
  });

  test("passes a same-origin server action on", () => {
    const response = proxy(request("/events/1", { method: "POST", headers: { "next-action": "7f3a", origin: "http://127.0.0.1:3000" } }));
    expect([response.status, response.headers.get("x-middleware-next")]).toEqual([200, "1"]);
  });

  test("answers a server action from another site, or without Origin, 403 with the security headers", async () => {
    for (const [origin, body] of [
      ["https://evil.example", "This request comes from another site; server actions are only accepted from pages of this site."],
      [undefined, "This request has no Origin header; server actions are only accepted from pages of this site."],
    ] as const) {
      const response = proxy(request("/events/1", { method: "POST", headers: { "next-action": "7f3a", ...(origin ? { origin } : {}) } }));
      expect({ status: response.status, next: response.headers.get("x-middleware-next"), type: response.headers.get("content-type"), body: await response.text() }).toEqual({
        status: 403,
        next: null,
        type: "text/plain; charset=utf-8",
        body,
      });
      expect(picked(response)).toEqual(SECURITY);
    }
  });
});
