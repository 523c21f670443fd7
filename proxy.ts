import { NextResponse, type NextRequest } from "next/server";
import { env } from "./lib/env";
import { corsHeaders } from "./lib/security/cors";
import { CACHED_PAGE_HEADER, isCacheablePageRequest } from "./lib/public/page-cache-rules";
import { EMBED_HEADER, isFrameable, securityHeaders } from "./lib/security/headers";
import { actionOriginRefusal, isServerActionRequest } from "./lib/security/server-action-origin";

const REFUSALS = {
  "missing-origin": "This request has no Origin header; server actions are only accepted from pages of this site.",
  "foreign-origin": "This request comes from another site; server actions are only accepted from pages of this site.",
} as const;

/**
 * Runs before every request (Next.js 16's proxy, formerly middleware): sets the security
 * headers of lib/security/headers.ts on every response, adds the CORS headers of
 * lib/security/cors.ts for the origins in CORS_ORIGINS (answering their preflights itself),
 * refuses server actions that do not come from a page of this site, and sends signed-out
 * visitors of the public schedule to the page cache (lib/public/page-cache-rules.ts).
 */
export function proxy(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl;
  const cors = corsHeaders(
    { method: request.method, pathname, origin: request.headers.get("origin"), requestMethod: request.headers.get("access-control-request-method") },
    env().CORS_ORIGINS,
  );
  const headers = { ...securityHeaders(pathname), ...cors.headers };
  if (cors.preflight) return new NextResponse(null, { status: 204, headers });
  if (isServerActionRequest(request.method, pathname, request.headers)) {
    const refusal = actionOriginRefusal(request.headers);
    if (refusal) {
      return new NextResponse(REFUSALS[refusal], { status: 403, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
    }
  }
  // The layout renders embeds without the site's chrome; only this proxy may say a page is one.
  const forwarded = new Headers(request.headers);
  forwarded.delete(EMBED_HEADER);
  forwarded.delete(CACHED_PAGE_HEADER);
  if (isFrameable(pathname)) forwarded.set(EMBED_HEADER, "1");
  // Signed-out visitors of the public schedule get the page cache's copy (lib/public/page-cache.ts).
  const cached = process.env.NODE_ENV === "production" && isCacheablePageRequest({ method: request.method, pathname, search: request.nextUrl.search, headers: request.headers });
  if (cached) forwarded.set(CACHED_PAGE_HEADER, `${pathname}${request.nextUrl.search}`);
  // next.config.ts sends requests with the header to the page cache's route.
  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Build assets are immutable JS, CSS and fonts served with their right types; everything else,
  // pages, route handlers and server actions included, goes through the proxy.
  matcher: ["/((?!_next/static/|_next/image).*)"],
};
