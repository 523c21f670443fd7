/**
 * The client address used for per-address rate limiting. Behind a proxy the first
 * `X-Forwarded-For` hop is the client; deployments that are reachable directly should strip
 * that header at the edge, since a client can forge it.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  if (forwarded) return forwarded;
  const real = headers.get("x-real-ip")?.trim();
  return real || "unknown";
}
