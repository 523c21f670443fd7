/**
 * Claims of credentials this process has already verified, by the credential's text: an API
 * token or a session cookie is sent with every request of its holder, and its signature check
 * (WebCrypto, one or two trips through the thread pool, HKDF and decryption for a cookie) cost
 * more than the rest of a star's request. A credential verified once under the current secret
 * gives the same claims until it expires, so it is answered from here until then; whether its
 * user may still act (deleted, password changed) is asked of the database on every request all
 * the same (get-actor.ts). Only valid credentials are kept, the oldest leaving first beyond
 * `max`, and all of them when the secret changes.
 */
export interface Verified<C> {
  claims: C;
  /** When the credential expires (ms since the epoch); `Infinity` when it carries no expiry. */
  expiresAtMs: number;
}

export type VerifiedClaims<C> = (secret: string, credential: string, verify: () => Promise<Verified<C> | null>) => Promise<C | null>;

export function verifiedClaims<C>({ max = 10_000, now = Date.now }: { max?: number; now?: () => number } = {}): VerifiedClaims<C> {
  let keptFor: string | undefined;
  const kept = new Map<string, Verified<C>>();
  return async (secret, credential, verify) => {
    if (secret !== keptFor) {
      kept.clear();
      keptFor = secret;
    }
    const hit = kept.get(credential);
    if (hit) {
      if (now() < hit.expiresAtMs) return hit.claims;
      kept.delete(credential);
    }
    const verified = await verify();
    if (!verified || now() >= verified.expiresAtMs) return null;
    if (secret !== keptFor) return verified.claims;
    if (kept.size >= max) kept.delete(kept.keys().next().value!);
    kept.set(credential, verified);
    return verified.claims;
  };
}

/** `exp` (seconds since the epoch, as JWTs carry it) in ms; none is `Infinity`. */
export function expiryMs(exp: unknown): number {
  return typeof exp === "number" && Number.isFinite(exp) ? exp * 1000 : Number.POSITIVE_INFINITY;
}
