import { env } from "../env";

// C0 controls, DEL and C1 controls. URL parsers drop tabs and newlines silently (so `/\t/host`
// becomes `//host`), and a newline in a Location header fails the response.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
const MAX_LENGTH = 2048;

/**
 * Where to go after signing in, as a path on this site (`/events/3?tab=sessions`), or `fallback`.
 *
 * The value is resolved as a URL against the app's origin, the way a browser would resolve it,
 * and kept only when it stays on that origin; what is returned is the normalised path, so dot
 * segments and percent-encoded dots (`/..//evil.example`, `/.%2e//evil.example`) cannot turn into
 * a protocol-relative `//evil.example` after the check. Absolute URLs of the app's own origin are
 * accepted and reduced to their path.
 */
export function safeCallbackUrl(value: unknown, fallback = "/events", origin: string = env().APP_URL): string {
  if (typeof value !== "string" || value === "" || value.length > MAX_LENGTH || CONTROL_CHARACTERS.test(value)) return fallback;
  let base: URL;
  let url: URL;
  try {
    base = new URL(origin);
    url = new URL(value, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base.origin) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // `//host` (or `/\host`) is a path to this origin's parser but another origin to a browser
  // that reads it as a Location header or a link.
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return fallback;
  return path;
}
