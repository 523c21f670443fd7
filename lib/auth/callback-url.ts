/**
 * Where to go after signing in. Only same-site paths are accepted: an absolute or
 * protocol-relative URL (`//evil.example`) in `callbackUrl` would make the sign-in page an
 * open redirect.
 */
export function safeCallbackUrl(value: unknown, fallback = "/events"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) {
    return fallback;
  }
  return value;
}
