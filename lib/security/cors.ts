/**
 * Cross-origin access to the API for frontends served from other origins (an Open Event
 * frontend on its own host), applied by `proxy.ts`. Pure and free of imports (see headers.ts);
 * the allowed origins come from CORS_ORIGINS.
 *
 * No `Access-Control-Allow-Credentials`: such frontends authenticate with `Authorization: JWT …`
 * (as they do against Open Event Server), so another site's page never gets to use this site's
 * session cookie, whatever the list says.
 */

/** The API and Open Event's login alias (`/auth/session`); pages and next-auth stay same-origin. */
export const CORS_PATHS: readonly RegExp[] = [/^\/v1(?:\/|$)/, /^\/auth(?:\/|$)/];

const ALLOW_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";
/** What Open Event clients send: Ember Data's JSON:API headers, the token, jQuery's marker, conditional requests. */
const ALLOW_HEADERS = "Accept, Accept-Language, Authorization, Content-Type, If-Match, If-None-Match, X-Requested-With";
/** Readable by the calling page besides the CORS-safelisted ones: download names, created resources, limits. */
const EXPOSE_HEADERS = "Content-Disposition, ETag, Link, Location, Retry-After";
/** Chromium caps the preflight cache at 2 hours; longer would be ignored there. */
const MAX_AGE_SECONDS = 7200;

export interface CorsRequest {
  method: string;
  pathname: string;
  /** The `Origin` header, or null. */
  origin: string | null;
  /** The `Access-Control-Request-Method` header, or null. */
  requestMethod: string | null;
}

export interface CorsAnswer {
  /** True for a preflight: the proxy answers it itself (204), no route handler runs. */
  preflight: boolean;
  /** To set on the response; empty when CORS does not apply. */
  headers: Record<string, string>;
}

/**
 * The CORS part of the answer to `request`. A listed origin is echoed (never `*`); any other
 * origin gets no CORS headers at all, so the browser keeps the response from the calling page.
 * Responses of CORS paths carry `Vary: Origin` whenever a list is configured, so that a shared
 * cache never hands one origin's answer to another.
 */
export function corsHeaders(request: CorsRequest, allowedOrigins: readonly string[]): CorsAnswer {
  if (allowedOrigins.length === 0 || !CORS_PATHS.some((pattern) => pattern.test(request.pathname))) return { preflight: false, headers: {} };
  const preflight = request.method.toUpperCase() === "OPTIONS" && request.origin !== null && request.requestMethod !== null;
  const headers: Record<string, string> = { Vary: "Origin" };
  if (request.origin === null || !allowedOrigins.includes(request.origin)) return { preflight, headers };
  headers["Access-Control-Allow-Origin"] = request.origin;
  if (preflight) {
    headers["Access-Control-Allow-Methods"] = ALLOW_METHODS;
    headers["Access-Control-Allow-Headers"] = ALLOW_HEADERS;
    headers["Access-Control-Max-Age"] = String(MAX_AGE_SECONDS);
  } else {
    headers["Access-Control-Expose-Headers"] = EXPOSE_HEADERS;
  }
  return { preflight, headers };
}
