import type { Actor } from "../auth/actor";
import { notFound } from "../errors";
import { starTarget } from "./access";
import { unstarSession as removeStar } from "./write-star";

/**
 * Removes the caller's star (idempotent for public sessions). A starred session that is no
 * longer public can still be unstarred; a session that is neither starred nor public is
 * NOT_FOUND, so the endpoint does not confirm hidden ids.
 */
export async function unstarSession(actor: Actor, sessionId: string | number): Promise<void> {
  const { user, id } = starTarget(actor, sessionId);
  const { changed, visible } = await removeStar(user.id, id);
  if (!changed && !visible) throw notFound("Session");
}
