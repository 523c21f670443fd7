import type { Actor } from "../auth/actor";
import { db } from "../db";
import { notFound } from "../errors";
import { numericId } from "../sessions/access";
import { publicSessionWhere } from "../sessions/scope";
import { requireStarUser } from "./access";
import { writeStars } from "./write-star";

/**
 * Removes the caller's star (idempotent for public sessions). A starred session that is no
 * longer public can still be unstarred; a session that is neither starred nor public is
 * NOT_FOUND, so the endpoint does not confirm hidden ids.
 */
export async function unstarSession(actor: Actor, sessionId: string | number): Promise<void> {
  const user = requireStarUser(actor);
  const id = numericId(sessionId, "Session");
  if ((await writeStars(user.id, [id], false)) > 0) return;
  const visible = await db.session.count({ where: { AND: [{ id }, publicSessionWhere(null)] } });
  if (!visible) throw notFound("Session");
}
