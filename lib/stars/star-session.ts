import type { Actor } from "../auth/actor";
import { notFound } from "../errors";
import { starTarget } from "./access";
import { starPublicSessions } from "./write-star";

/**
 * Stars a session for the caller (idempotent). Only sessions the PUBLIC may see can be starred,
 * whatever the caller's roles: stars feed the personal calendar, which shows public sessions
 * only. Anything else is NOT_FOUND, like a missing id.
 */
export async function starSession(actor: Actor, sessionId: string | number): Promise<void> {
  const { user, id } = starTarget(actor, sessionId);
  // One statement finds the session among the public ones and stars it.
  if (!(await starPublicSessions(user.id, [id])).length) throw notFound("Session");
}
