import { NextRequest } from "next/server";
import { afterEach, describe, expect, test, vi } from "vitest";
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

describe("proxy with CORS_ORIGINS", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  /** The proxy of a process started with CORS_ORIGINS set (the environment is read once). */
  async function proxyWith(origins: string) {
    vi.resetModules();
    vi.stubEnv("CORS_ORIGINS", origins);
    return (await import("@/proxy")).proxy;
  }

  test("answers a listed origin's preflight 204 itself, with the CORS and the security headers", async () => {
    const corsProxy = await proxyWith("https://frontend.example.org, http://127.0.0.1:3999");
    for (const path of ["/v1/auth/change-password", "/auth/session", "/v1/events/1/exports/x.ics"]) {
      const response = corsProxy(
        request(path, { method: "OPTIONS", headers: { origin: "http://127.0.0.1:3999", "access-control-request-method": "POST", "access-control-request-headers": "authorization,content-type" } }),
      );
      expect({ path, status: response.status, next: response.headers.get("x-middleware-next"), headers: Object.fromEntries(response.headers), body: await response.text() }).toEqual({
        path,
        status: 204,
        next: null,
        headers: {
          ...SECURITY,
          vary: "Origin",
          "access-control-allow-origin": "http://127.0.0.1:3999",
          "access-control-allow-methods": "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS",
          "access-control-allow-headers": "Accept, Accept-Language, Authorization, Content-Type, If-Match, If-None-Match, X-Requested-With",
          "access-control-max-age": "7200",
        },
        body: "",
      });
    }
  });

  test("passes a listed origin's request on with its origin echoed; another origin gets no CORS headers", async () => {
    const corsProxy = await proxyWith("https://frontend.example.org");
    const allowed = corsProxy(request("/v1/events", { headers: { origin: "https://frontend.example.org" } }));
    expect({ next: allowed.headers.get("x-middleware-next"), origin: allowed.headers.get("access-control-allow-origin"), vary: allowed.headers.get("vary") }).toEqual({
      next: "1",
      origin: "https://frontend.example.org",
      vary: "Origin",
    });
    expect(allowed.headers.get("access-control-allow-credentials")).toBeNull();
    expect(picked(allowed)).toEqual(SECURITY);

    const foreign = corsProxy(request("/v1/events", { headers: { origin: "https://evil.example" } }));
    expect([...foreign.headers.keys()].filter((name) => name.startsWith("access-control-"))).toEqual([]);
    expect(foreign.headers.get("vary")).toBe("Origin");
    const foreignPreflight = corsProxy(request("/v1/events", { method: "OPTIONS", headers: { origin: "https://evil.example", "access-control-request-method": "DELETE" } }));
    expect(foreignPreflight.status).toBe(204);
    expect([...foreignPreflight.headers.keys()].filter((name) => name.startsWith("access-control-"))).toEqual([]);

    // Pages stay same-origin.
    const page = corsProxy(request("/e/ots2027", { headers: { origin: "https://frontend.example.org" } }));
    expect([page.headers.get("access-control-allow-origin"), page.headers.get("vary")]).toEqual([null, null]);
  });

  test("without CORS_ORIGINS a preflight goes on to Next.js and nothing says another origin may read", () => {
    const response = proxy(request("/v1/events", { method: "OPTIONS", headers: { origin: "https://frontend.example.org", "access-control-request-method": "GET" } }));
    expect([response.headers.get("x-middleware-next"), response.headers.get("access-control-allow-origin"), response.headers.get("vary")]).toEqual(["1", null, null]);
  });

  test("CORS_ORIGINS takes exact origins separated by commas or spaces, and names what is not one", async () => {
    vi.stubEnv("CORS_ORIGINS", "https://a.example.org, HTTP://B.example.org:8080/ https://a.example.org");
    vi.resetModules();
    expect((await import("@/lib/env")).env().CORS_ORIGINS).toEqual(["https://a.example.org", "http://b.example.org:8080"]);
    for (const [value, item] of [
      ["*", "*"],
      ["https://*.example.org", "https://*.example.org"],
      ["https://a.example.org/app", "https://a.example.org/app"],
      ["null", "null"],
      ["ftp://a.example.org", "ftp://a.example.org"],
      ["a.example.org", "a.example.org"],
    ]) {
      vi.stubEnv("CORS_ORIGINS", `https://ok.example.org,${value}`);
      vi.resetModules();
      const { env } = await import("@/lib/env");
      expect(() => env()).toThrow(`Invalid environment: CORS_ORIGINS: "${item}" is not an origin like https://app.example.org (scheme, host and port only)`);
    }
    vi.stubEnv("CORS_ORIGINS", undefined);
    vi.resetModules();
    expect((await import("@/lib/env")).env().CORS_ORIGINS).toEqual([]);
  });
});
