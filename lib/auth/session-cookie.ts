import { decode } from "next-auth/jwt";
import { authSecret } from "../env";
import { expiryMs, verifiedClaims } from "./verified-claims";

/**
 * Auth.js names the cookie with the `__Secure-` prefix on https and without it on http; the
 * cookie name is also the salt of the encryption key. Large sessions are split into
 * `<name>.0`, `<name>.1`, … chunks.
 *
 * Kept apart from `session.ts` so that /v1 handlers can read the cookie without loading the
 * next-auth runtime (which needs Next's request context).
 */
export const SESSION_COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

function parseCookies(header: string): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of header.split(";")) {
    const index = part.indexOf("=");
    if (index < 0) continue;
    const name = part.slice(0, index).trim();
    const raw = part.slice(index + 1).trim();
    try {
      cookies.set(name, decodeURIComponent(raw));
    } catch {
      cookies.set(name, raw);
    }
  }
  return cookies;
}

function cookieValue(cookies: Map<string, string>, name: string): string | null {
  const whole = cookies.get(name);
  if (whole) return whole;
  const chunks: string[] = [];
  for (let i = 0; cookies.has(`${name}.${i}`); i++) chunks.push(cookies.get(`${name}.${i}`) ?? "");
  return chunks.length > 0 ? chunks.join("") : null;
}

export interface SessionClaims {
  userId: number;
  /** The user's session version at sign-in; cookies from before versions existed count as 0. */
  sessionVersion: number;
}

/** The claims of a request's next-auth session cookie, or null (no cookie, forged, expired). */
export function sessionClaims(request: Request): Promise<SessionClaims | null> {
  return sessionClaimsOfCookies(request.headers.get("cookie") ?? "");
}

const verifiedCookies = verifiedClaims<SessionClaims>();

/** The same, from a `Cookie` header value (each cookie decrypted once: verified-claims.ts). */
export async function sessionClaimsOfCookies(header: string): Promise<SessionClaims | null> {
  const cookies = parseCookies(header);
  const secret = authSecret();
  for (const name of SESSION_COOKIE_NAMES) {
    const token = cookieValue(cookies, name);
    if (!token) continue;
    // The cookie's name is its key's salt: the same text under another name is another credential.
    const claims = await verifiedCookies(secret, `${name}=${token}`, async () => {
      try {
        const payload = await decode({ token, secret, salt: name });
        const id = Number(payload?.sub);
        const version = payload?.ver ?? 0;
        if (Number.isInteger(id) && id > 0 && Number.isInteger(version)) return { claims: { userId: id, sessionVersion: version as number }, expiresAtMs: expiryMs(payload?.exp) };
      } catch {
        // A cookie that does not decrypt under this name's key is treated as absent.
      }
      return null;
    });
    if (claims) return claims;
  }
  return null;
}

/** The user id in a request's next-auth session cookie, or null (no cookie, forged, expired). */
export async function sessionUserId(request: Request): Promise<number | null> {
  return (await sessionClaims(request))?.userId ?? null;
}

/**
 * `Set-Cookie` values that delete the session cookies (chunks included) a request carries: how
 * an API request signs its browser out. Auth.js sets them on path `/`, httpOnly, SameSite=Lax,
 * and `Secure` under the `__Secure-` prefix, which a deletion must repeat to be accepted.
 */
export function sessionCookieDeletions(header: string): string[] {
  const present = [...parseCookies(header).keys()];
  return SESSION_COOKIE_NAMES.flatMap((name) =>
    present
      .filter((cookie) => cookie === name || (cookie.startsWith(`${name}.`) && /^\d+$/.test(cookie.slice(name.length + 1))))
      .map((cookie) => `${cookie}=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax${name.startsWith("__Secure-") ? "; Secure" : ""}`),
  );
}
