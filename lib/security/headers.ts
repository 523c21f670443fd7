/**
 * The HTTP security policy of every response, applied by `proxy.ts`. Pure and free of imports:
 * Next.js runs the proxy apart from the rendering code.
 */

/**
 * Pages another site may show in a frame; every other response forbids framing (clickjacking).
 * The one place to allow it: the embeddable schedule will add
 * `/^\/e\/[^/]+\/schedule\/embed(?:\/|$)/`.
 */
export const FRAMEABLE_PATHS: readonly RegExp[] = [];

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
  const framed = frameable.some((pattern) => pattern.test(pathname));
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
