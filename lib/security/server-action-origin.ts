/**
 * Which requests are server actions, and whether one came from a page of this site. Next.js
 * checks the Origin itself, but answers a foreign one with a 500 and lets one without Origin
 * through; `proxy.ts` refuses both with a 403 before Next.js sees them. Pure and free of imports
 * (see headers.ts).
 */

/**
 * Paths served by route handlers only (app/v1, app/api, app/uploads, and app/auth for Open
 * Event's login path): Next.js never runs a server action there, and their POST bodies (uploads,
 * imports) are the API's. A test keeps this list in step with the route handlers under app/.
 */
export const ROUTE_HANDLER_PREFIXES = ["/v1/", "/api/", "/uploads/", "/auth/"] as const;

const FORM_BODY = /^\s*(?:multipart\/form-data|application\/x-www-form-urlencoded)\s*(?:;|$)/i;

/**
 * A POST that Next.js would treat as a server action: one with a `Next-Action` header (sent by
 * the client router), or a form post to a page, which is how an action's `<form>` submits before
 * the page has loaded its JavaScript.
 */
export function isServerActionRequest(method: string, pathname: string, headers: Headers): boolean {
  if (method.toUpperCase() !== "POST") return false;
  if (headers.has("next-action")) return true;
  if (ROUTE_HANDLER_PREFIXES.some((prefix) => pathname.startsWith(prefix) || pathname === prefix.slice(0, -1))) return false;
  return FORM_BODY.test(headers.get("content-type") ?? "");
}

export type ActionOriginRefusal = "missing-origin" | "foreign-origin";

/**
 * Why a server action request must be refused, or null when its Origin is this site: the host of
 * `Origin` equals `Host` or the first `X-Forwarded-Host`, as Next.js compares them. A browser
 * always sends Origin with a POST, and another site's page can neither drop it nor set
 * X-Forwarded-Host; a request without Origin is not from a browser page and has no business
 * calling an action ("null", from sandboxed frames and privacy redirects, is foreign).
 */
export function actionOriginRefusal(headers: Headers): ActionOriginRefusal | null {
  const origin = headers.get("origin");
  if (!origin) return "missing-origin";
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return "foreign-origin";
  }
  const forwardedHost = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const host = headers.get("host");
  return originHost !== "" && (originHost === forwardedHost || originHost === host) ? null : "foreign-origin";
}
