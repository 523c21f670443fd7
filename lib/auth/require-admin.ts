import { AppError } from "../errors";
import { isAdmin, type Actor } from "./actor";

/**
 * Open Event's `is_admin` permission, for what is the platform's and is known to exist (the
 * statistics, the users list): anonymous callers get 401, signed-in non-admins 403 with Open
 * Event's message. (Admin pages over rows whose existence is private answer 404 instead, see
 * lib/message-settings/access.ts.)
 */
export function requireAdminAccess(actor: Actor): asserts actor is NonNullable<Actor> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Authentication required");
  if (!isAdmin(actor)) throw new AppError("FORBIDDEN", "Admin access is required");
}
