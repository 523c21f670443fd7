/**
 * Which requests the public page cache (lib/public/page-cache.ts) answers, decided by proxy.ts.
 * Free of imports: Next.js runs the proxy apart from the rendering code.
 *
 * Signed-out visitors of the same page see the same HTML (their stars live in their browser), so
 * it is rendered once per change of what it shows and served to all of them. Signed-in visitors,
 * API clients, client-side navigations (RSC payloads) and server actions always reach the page.
 */

/** Route handler that serves cached pages; next.config.ts rewrites the requests the proxy marks to it. */
export const PAGE_CACHE_ROUTE = "/api/page-cache";

/** Request header by which the proxy hands the route the page asked for; never taken from the client. */
export const CACHED_PAGE_HEADER = "x-open-event-cached-page";

/**
 * Request header of the cache's own render of a page: the proxy lets it through to the page.
 * A client sending it gets what everyone gets without the cache: the page rendered afresh.
 */
export const PAGE_RENDER_HEADER = "x-open-event-page-render";

/**
 * Pages served from the cache: the public site of an event (overview, schedule and its embed,
 * speakers, a speaker, a session). Not the proposal page, which asks visitors to sign in.
 */
export const CACHEABLE_PAGES: readonly RegExp[] = [/^\/e\/([^/]+)(?:\/(?:schedule(?:\/embed)?|speakers(?:\/\d+)?|sessions\/\d+))?\/?$/];

/** The event segment of a cacheable page's path as written in the URL, else null. */
export function cacheablePageEvent(pathname: string): string | null {
  for (const pattern of CACHEABLE_PAGES) {
    const match = pattern.exec(pathname);
    if (match) return match[1]!;
  }
  return null;
}

interface PageRequest {
  method: string;
  pathname: string;
  search: string;
  headers: Headers;
}

/** Whether the cache answers this request: a plain GET of a cacheable page by a signed-out browser. */
export function isCacheablePageRequest({ method, pathname, search, headers }: PageRequest): boolean {
  if (method !== "GET" || cacheablePageEvent(pathname) === null) return false;
  if (headers.has(PAGE_RENDER_HEADER) || headers.has("authorization")) return false;
  // Client-side navigations, prefetches and server actions ask for RSC payloads, not the document.
  // (Next.js hides these headers and `_rsc` from the proxy; next.config.ts checks `rsc` again.)
  if (headers.has("rsc") || headers.has("next-router-prefetch") || headers.has("next-router-state-tree") || headers.has("next-action")) return false;
  if (new URLSearchParams(search).has("_rsc")) return false;
  // Any session cookie, chunked (`….0`) or not, secure-prefixed or not.
  return !(headers.get("cookie") ?? "").includes("authjs.session-token");
}
