import { SignJWT, jwtVerify } from "jose";
import { authSecret, env } from "../env";

/**
 * Signed, expiring access tokens for the /v1 API (`Authorization: JWT <token>` or
 * `Bearer <token>`), HS256 over AUTH_SECRET. The token carries only the user id.
 */
const ISSUER = "open-event";
const AUDIENCE = "open-event-api";

const key = () => new TextEncoder().encode(authSecret());

export async function signApiToken(user: { id: number }): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(String(user.id))
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${env().API_TOKEN_TTL_SECONDS}s`)
    .sign(key());
}

/** The user id of a valid token, or null for a bad, expired or foreign token. */
export async function verifyApiToken(token: string): Promise<number | null> {
  try {
    const { payload } = await jwtVerify(token, key(), { issuer: ISSUER, audience: AUDIENCE, algorithms: ["HS256"] });
    const id = Number(payload.sub);
    return Number.isInteger(id) && id > 0 ? id : null;
  } catch {
    return null;
  }
}
