import type { Actor } from "../auth/actor";
import { db } from "../db";
import { publicSessionWhere } from "../sessions/scope";
import { requireStarUser } from "./access";
import { writeStars } from "./write-star";

/**
 * Stars several sessions at once for the caller: the stars a visitor kept in the browser before
 * signing in. Sessions the public may no longer see (withdrawn, deleted, an unpublished event)
 * are left out, as `starSession` would refuse them; the answer is the ids now starred.
 */
export async function starSessions(actor: Actor, sessionIds: readonly number[]): Promise<number[]> {
  const user = requireStarUser(actor);
  const sessions = await db.session.findMany({
    where: { AND: [{ id: { in: [...new Set(sessionIds)] } }, publicSessionWhere(null)] },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  const ids = sessions.map((session) => session.id);
  await writeStars(user.id, ids, true);
  return ids;
}
