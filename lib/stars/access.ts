import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { numericId } from "../sessions/access";

/** Stars belong to a signed-in user; anonymous callers get 401. */
export function requireStarUser(actor: Actor): NonNullable<Actor> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Authentication required");
  return actor;
}

/** The signed-in caller and the session id of a star's path (401 and 404 as they apply). */
export function starTarget(actor: Actor, sessionId: string | number): { user: NonNullable<Actor>; id: number } {
  const user = requireStarUser(actor);
  return { user, id: numericId(sessionId, "Session") };
}
