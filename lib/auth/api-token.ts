import { SignJWT, jwtVerify } from "jose";
import { db } from "../db";
import { authSecret, env } from "../env";
import { expiryMs, verifiedClaims } from "./verified-claims";

/**
 * Signed, expiring access tokens for the /v1 API (`Authorization: JWT <token>` or
 * `Bearer <token>`), HS256 over AUTH_SECRET. The token carries the user id and the user's
 * session version (`ver`); a password change or reset raises the version, which retires every
 * token issued before it (checked in get-actor.ts).
 */
const ISSUER = "open-event";
const AUDIENCE = "open-event-api";

const key = () => new TextEncoder().encode(authSecret());

/** The verifying key of a secret, imported once (jose imports a raw key again on every call). */
let verifyKey: { secret: string; key: Promise<CryptoKey> } | undefined;
function verifyKeyOf(secret: string): Promise<CryptoKey> {
  if (verifyKey?.secret !== secret) {
    const key = crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["verify"]);
    verifyKey = { secret, key };
  }
  return verifyKey.key;
}

const verifiedTokens = verifiedClaims<ApiTokenClaims>();

export interface ApiTokenClaims {
  userId: number;
  /** Tokens from before session versions existed carry none and count as version 0. */
  sessionVersion: number;
}

/** `sessionVersion` is read from the database when the caller does not have it at hand. */
export async function signApiToken(user: { id: number; sessionVersion?: number }): Promise<string> {
  const version =
    user.sessionVersion ?? (await db.user.findUnique({ where: { id: user.id }, select: { sessionVersion: true } }))?.sessionVersion ?? 0;
  // `identity` repeats the subject under Open Event's claim name: its frontend reads the signed-in
  // user's id from there.
  return new SignJWT({ ver: version, identity: user.id })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(String(user.id))
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${env().API_TOKEN_TTL_SECONDS}s`)
    .sign(key());
}

/** The claims of a validly signed, unexpired token of this app, or null (verified once per token: verified-claims.ts). */
export function verifyApiTokenClaims(token: string): Promise<ApiTokenClaims | null> {
  const secret = authSecret();
  return verifiedTokens(secret, token, async () => {
    try {
      const { payload } = await jwtVerify(token, await verifyKeyOf(secret), { issuer: ISSUER, audience: AUDIENCE, algorithms: ["HS256"] });
      const id = Number(payload.sub);
      const version = payload.ver ?? 0;
      if (!Number.isInteger(id) || id <= 0 || !Number.isInteger(version)) return null;
      return { claims: { userId: id, sessionVersion: version as number }, expiresAtMs: expiryMs(payload.exp) };
    } catch {
      return null;
    }
  });
}

/** The user id of a validly signed token, or null for a bad, expired or foreign token. */
export async function verifyApiToken(token: string): Promise<number | null> {
  return (await verifyApiTokenClaims(token))?.userId ?? null;
}
