import type { Actor } from "../auth/actor";
import { requireStarUser } from "./access";
import { starPublicSessions } from "./write-star";

/**
 * Stars several sessions at once for the caller: the stars a visitor kept in the browser before
 * signing in. Sessions the public may no longer see (withdrawn, deleted, an unpublished event)
 * are left out, as `starSession` would refuse them; the answer is the ids now starred.
 */
export async function starSessions(actor: Actor, sessionIds: readonly number[]): Promise<number[]> {
  const user = requireStarUser(actor);
  return starPublicSessions(user.id, sessionIds);
}
