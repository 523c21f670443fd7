import { describe, expect, test } from "vitest";
import { corsHeaders, type CorsRequest } from "./cors";

const FRONTEND = "https://frontend.example.org";
const ALLOWED = [FRONTEND, "http://127.0.0.1:3999"];

const request = (init: Partial<CorsRequest>): CorsRequest => ({ method: "GET", pathname: "/v1/events", origin: FRONTEND, requestMethod: null, ...init });

const PREFLIGHT = {
  Vary: "Origin",
  "Access-Control-Allow-Origin": FRONTEND,
  "Access-Control-Allow-Methods": "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS",
  "Access-Control-Allow-Headers": "Accept, Accept-Language, Authorization, Content-Type, If-Match, If-None-Match, X-Requested-With",
  "Access-Control-Max-Age": "7200",
};
const SIMPLE = {
  Vary: "Origin",
  "Access-Control-Allow-Origin": FRONTEND,
  "Access-Control-Expose-Headers": "Content-Disposition, ETag, Link, Location, Retry-After",
};

describe("corsHeaders", () => {
  test("a listed origin's preflight on the API is answered with the allowed methods, headers and max-age", () => {
    for (const pathname of ["/v1/events", "/v1", "/v1/auth/change-password", "/auth/session"]) {
      const answer = corsHeaders(request({ method: "OPTIONS", pathname, requestMethod: "POST" }), ALLOWED);
      expect({ pathname, answer }).toEqual({ pathname, answer: { preflight: true, headers: PREFLIGHT } });
    }
    // The method name is case-insensitive on the way in.
    expect(corsHeaders(request({ method: "options", requestMethod: "PATCH" }), ALLOWED)).toEqual({ preflight: true, headers: PREFLIGHT });
  });

  test("a listed origin's request gets its origin echoed (never *, never credentials) and the exposed headers", () => {
    for (const method of ["GET", "POST", "PATCH", "DELETE", "HEAD"]) {
      expect(corsHeaders(request({ method }), ALLOWED)).toEqual({ preflight: false, headers: SIMPLE });
    }
    expect(corsHeaders(request({ origin: "http://127.0.0.1:3999" }), ALLOWED).headers["Access-Control-Allow-Origin"]).toBe("http://127.0.0.1:3999");
  });

  test("an OPTIONS without Origin or without Access-Control-Request-Method is no preflight: Next.js answers it", () => {
    expect(corsHeaders(request({ method: "OPTIONS" }), ALLOWED)).toEqual({ preflight: false, headers: SIMPLE });
    expect(corsHeaders(request({ method: "OPTIONS", origin: null, requestMethod: "GET" }), ALLOWED)).toEqual({ preflight: false, headers: { Vary: "Origin" } });
  });

  test("any other origin gets no CORS headers, only Vary: Origin; its preflight is answered without permission", () => {
    for (const origin of ["https://evil.example", "https://frontend.example.org:8443", "http://frontend.example.org", "null", "https://FRONTEND.example.org"]) {
      expect({ origin, answer: corsHeaders(request({ origin }), ALLOWED) }).toEqual({ origin, answer: { preflight: false, headers: { Vary: "Origin" } } });
      expect({ origin, answer: corsHeaders(request({ origin, method: "OPTIONS", requestMethod: "DELETE" }), ALLOWED) }).toEqual({
        origin,
        answer: { preflight: true, headers: { Vary: "Origin" } },
      });
    }
    expect(corsHeaders(request({ origin: null }), ALLOWED)).toEqual({ preflight: false, headers: { Vary: "Origin" } });
  });

  test("pages, next-auth, uploads and look-alike paths are same-origin only", () => {
    for (const pathname of ["/", "/e/ots2027", "/sign-in", "/api/auth/session", "/api/health", "/uploads/images/a.png", "/v10/events", "/authors", "/x/v1/events"]) {
      for (const method of ["GET", "OPTIONS"]) {
        expect({ pathname, method, answer: corsHeaders(request({ pathname, method, requestMethod: "GET" }), ALLOWED) }).toEqual({
          pathname,
          method,
          answer: { preflight: false, headers: {} },
        });
      }
    }
  });

  test("without configured origins nothing changes, not even Vary", () => {
    expect(corsHeaders(request({}), [])).toEqual({ preflight: false, headers: {} });
    expect(corsHeaders(request({ method: "OPTIONS", requestMethod: "POST" }), [])).toEqual({ preflight: false, headers: {} });
  });
});
