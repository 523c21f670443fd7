import { db } from "../db";
import type { Actor } from "./actor";
import { verifyApiToken } from "./api-token";
import { sessionUserId } from "./session-cookie";

const SCHEMES = /^(?:JWT|Bearer)\s+(\S+)$/i;

/** The actor for a user id; a deleted or missing user is anonymous. */
export async function loadActor(id: number): Promise<Actor> {
  const user = await db.user.findFirst({
    where: { id, deletedAt: null },
    select: { id: true, email: true, isAdmin: true, isSuperAdmin: true },
  });
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
    const userId = token ? await verifyApiToken(token) : null;
    return userId ? loadActor(userId) : null;
  }
  if (request.headers.get("cookie")?.includes("authjs.session-token")) {
    const userId = await sessionUserId(request);
    return userId ? loadActor(userId) : null;
  }
  return null;
}
