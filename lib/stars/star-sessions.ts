import type { Actor } from "../auth/actor";
import { db } from "../db";
import { publicSessionWhere } from "../sessions/scope";
import { requireStarUser } from "./access";

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
  if (ids.length) {
    await db.$transaction([
      db.sessionStar.createMany({ data: ids.map((sessionId) => ({ userId: user.id, sessionId })), skipDuplicates: true }),
      // The personal feed's Last-Modified includes the user row (stars have no update time).
      db.user.update({ where: { id: user.id }, data: { updatedAt: new Date() } }),
    ]);
  }
  return ids;
}
