import type { Actor } from "../auth/actor";
import { notFound } from "../errors";
import { isStarrable, starTarget } from "./access";
import { writeStars } from "./write-star";

/**
 * Removes the caller's star (idempotent for public sessions). A starred session that is no
 * longer public can still be unstarred; a session that is neither starred nor public is
 * NOT_FOUND, so the endpoint does not confirm hidden ids.
 */
export async function unstarSession(actor: Actor, sessionId: string | number): Promise<void> {
  const { user, id } = starTarget(actor, sessionId);
  if ((await writeStars(user.id, [id], false)) > 0) return;
  if (!(await isStarrable(id))) throw notFound("Session");
}
