/**
 * The HTTP security policy of every response, applied by `proxy.ts`. Pure and free of imports:
 * Next.js runs the proxy apart from the rendering code.
 */

/**
 * Pages another site may show in a frame; every other response forbids framing (clickjacking).
 * The one place to allow it: the embeddable schedule, which is read-only (no forms, no stars,
 * its links open in a new tab), so a framing page can trick nobody into acting on this site.
 */
export const FRAMEABLE_PATHS: readonly RegExp[] = [/^\/e\/[^/]+\/schedule\/embed\/?$/];

/** Whether `pathname` is one of the pages other sites may frame (they render without the site's header). */
export function isFrameable(pathname: string, frameable: readonly RegExp[] = FRAMEABLE_PATHS): boolean {
  return frameable.some((pattern) => pattern.test(pathname));
}

/** The request header by which the proxy tells the layout that a page is an embed; never taken from the client. */
export const EMBED_HEADER = "x-open-event-embed";

/**
 * Responses whose route sends a stricter Content-Security-Policy of its own (uploaded files are
 * sandboxed). A header set by the proxy replaces the route's, so the proxy leaves CSP to them.
 */
const OWN_CSP_PATHS: readonly RegExp[] = [/^\/uploads\//];

/**
 * The CSP restricts what needs no cooperation from the pages: who may frame them, where forms
 * may post, `<base>` and plugins. It sets no script-src/style-src: without nonces that would
 * have to allow Next.js's inline scripts ('unsafe-inline') and so protect nothing, and nonces
 * would force every page to render per request (no static pages) for a threat this app meets
 * by escaping its output.
 */
const DOCUMENT_POLICY = ["base-uri 'self'", "object-src 'none'", "form-action 'self'"];

export function securityHeaders(pathname: string, frameable: readonly RegExp[] = FRAMEABLE_PATHS): Record<string, string> {
  const framed = isFrameable(pathname, frameable);
  const headers: Record<string, string> = {
    // Other sites learn at most this site's origin, never a path with a token in it.
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
  };
  // X-Frame-Options for browsers without CSP frame-ancestors; both say the same.
  if (!framed) headers["X-Frame-Options"] = "DENY";
  if (!OWN_CSP_PATHS.some((pattern) => pattern.test(pathname))) {
    headers["Content-Security-Policy"] = [...(framed ? [] : ["frame-ancestors 'none'"]), ...DOCUMENT_POLICY].join("; ");
  }
  return headers;
}
