import type { Actor } from "../auth/actor";
import { AppError } from "../errors";

/** Stars belong to a signed-in user; anonymous callers get 401. */
export function requireStarUser(actor: Actor): NonNullable<Actor> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Authentication required");
  return actor;
}
