import { defaultAppUrl } from "../app-url";
import { coalesced, responseCopies, sendCopy, type RenderedResponse } from "../http/response-copies";
import { siteOrigin } from "../feeds/site-origin";
import { CACHED_PAGE_HEADER, cacheablePageEvent, PAGE_RENDER_HEADER } from "./page-cache-rules";
import { publicPageStamp } from "./schedule-stamp";

/**
 * The public page cache: the HTML of a page for signed-out visitors (proxy.ts marks their
 * requests by the rules of page-cache-rules.ts, and next.config.ts rewrites them here),
 * rendered once and served to all of them while the page's database stamp (publicPageStamp:
 * every row the page shows, one statement per request) stays the same. A write through any
 * path, SQL by hand included, shows on the next request. Pages also say what time it is
 * (today's day of the schedule, whether the event is running, whether the call for speakers is
 * open), so a copy is rendered afresh after MAX_AGE_MS at most.
 *
 * Copies are kept per origin (feed links are absolute), path and query, the least recently used
 * leaving first beyond MAX_BYTES. Concurrent requests for a page being rendered share the render.
 * Only 200 HTML answers are kept; a 404 or an error is rendered for every request as before.
 */

const MAX_AGE_MS = 60_000;
const MAX_BYTES = 64 * 1024 * 1024;

/** Renders `page` (path and query) as the app serves it to a signed-out visitor of `origin`. */
export type RenderPage = (page: string, origin: string) => Promise<RenderedResponse>;

/** Headers of a render that belong to its transport, not to the page. */
const TRANSPORT_HEADERS = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "date", "set-cookie"]);

/** This server, as Next.js records where it listens. */
function ownOrigin(): string {
  return process.env.__NEXT_PRIVATE_ORIGIN || defaultAppUrl(process.env);
}

/** The page rendered by this server: a request of its own, with no cookie, for the visitor's origin. */
const renderOwnPage: RenderPage = async (page, origin) => {
  const self = ownOrigin();
  const { host, protocol } = new URL(origin);
  const response = await fetch(new URL(page, self), {
    headers: { [PAGE_RENDER_HEADER]: "1", accept: "text/html", "x-forwarded-host": host, "x-forwarded-proto": protocol.replace(/:$/, "") },
    redirect: "manual",
    cache: "no-store",
  });
  const headers: [string, string][] = [];
  for (const [name, value] of response.headers) {
    if (TRANSPORT_HEADERS.has(name)) continue;
    // A redirect names this server's own address; the visitor gets the path.
    headers.push([name, name === "location" && value.startsWith(self) ? value.slice(self.length) || "/" : value]);
  }
  return { status: response.status, headers, body: new Uint8Array(await response.arrayBuffer()) };
};

const keeps = (page: RenderedResponse) =>
  page.status === 200 && page.headers.some(([name, value]) => name === "content-type" && value.startsWith("text/html"));

/** A cache of rendered pages (one per process; tests make their own). */
export function pageCache(render: RenderPage = renderOwnPage, now: () => number = Date.now) {
  const copies = responseCopies({ maxBytes: MAX_BYTES, maxAgeMs: MAX_AGE_MS, keeps, now });
  const stampOf = coalesced(publicPageStamp);

  /** The answer to a request the proxy marked for the cache; 404 for anything else. */
  return async function serve(request: Request): Promise<Response> {
    const page = request.headers.get(CACHED_PAGE_HEADER);
    const url = page?.startsWith("/") && !page.startsWith("//") ? new URL(page, "http://page.invalid") : null;
    const event = url ? cacheablePageEvent(url.pathname) : null;
    if (!url || event === null) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

    let identifier = "";
    try {
      identifier = decodeURIComponent(event);
    } catch {
      // An undecodable segment names no event: the stamp of nothing, and the page's own 404.
    }
    const origin = siteOrigin(request.headers);
    const key = `${origin}${url.pathname}${url.search}`;
    const stamp = await stampOf(identifier);
    return sendCopy(await copies(key, stamp, () => render(`${url.pathname}${url.search}`, origin)));
  };
}

const shared = pageCache();

/** The answer of this process's page cache to a marked request rewritten to PAGE_CACHE_ROUTE. */
export function servePublicPage(request: Request): Promise<Response> {
  return shared(request);
}
