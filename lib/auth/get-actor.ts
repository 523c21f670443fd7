import { countedQuery } from "../db";
import type { Actor } from "./actor";
import { verifyApiTokenClaims } from "./api-token";
import { sessionClaims } from "./session-cookie";

const isInt4 = (value: number) => Number.isInteger(value) && Math.abs(value) <= 2 ** 31 - 1;

const SCHEMES = /^(?:JWT|Bearer)\s+(\S+)$/i;

/**
 * The actor of a token or session cookie issued to user `id` at `sessionVersion`. A deleted or
 * missing user is anonymous, and so is one whose password changed (or was reset) since: the
 * change raised their version, so whatever was issued before it no longer matches. Every signed-in
 * request asks this, so it is one prepared statement on the pool rather than a Prisma query.
 */
export async function loadActor(id: number, sessionVersion: number): Promise<Actor> {
  if (!isInt4(id) || !isInt4(sessionVersion)) return null;
  const [user] = await countedQuery<NonNullable<Actor>>(
    "load-actor",
    'SELECT "id", "email", "isAdmin", "isSuperAdmin" FROM "User" WHERE "id" = $1 AND "deletedAt" IS NULL AND "sessionVersion" = $2',
    [id, sessionVersion],
  );
  return user ?? null;
}

/**
 * The caller of a /v1 request: `Authorization: JWT <token>` or `Bearer <token>`, else the
 * browser's next-auth session cookie, else anonymous. A bad token is anonymous, not an error:
 * endpoints that need a user answer 401 themselves.
 */
export async function getActor(request: Request): Promise<Actor> {
  const header = request.headers.get("authorization");
  if (header) {
    const token = SCHEMES.exec(header.trim())?.[1];
    const claims = token ? await verifyApiTokenClaims(token) : null;
    return claims ? loadActor(claims.userId, claims.sessionVersion) : null;
  }
  if (request.headers.get("cookie")?.includes("authjs.session-token")) {
    const claims = await sessionClaims(request);
    return claims ? loadActor(claims.userId, claims.sessionVersion) : null;
  }
  return null;
}
