import type { Actor } from "../auth/actor";
import { db } from "../db";
import { notFound } from "../errors";
import { numericId } from "../sessions/access";
import { publicSessionWhere } from "../sessions/scope";
import { requireStarUser } from "./access";
import { writeStars } from "./write-star";

/**
 * Stars a session for the caller (idempotent). Only sessions the PUBLIC may see can be starred,
 * whatever the caller's roles: stars feed the personal calendar, which shows public sessions
 * only. Anything else is NOT_FOUND, like a missing id.
 */
export async function starSession(actor: Actor, sessionId: string | number): Promise<void> {
  const user = requireStarUser(actor);
  const id = numericId(sessionId, "Session");
  const session = await db.session.findFirst({ where: { AND: [{ id }, publicSessionWhere(null)] }, select: { id: true } });
  if (!session) throw notFound("Session");
  await writeStars(user.id, [id], true);
}
