import { isAdmin, type Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";
import { NOTIFICATION_ACTIONS } from "../notifications/schemas";

/** Message settings are the platform's: anonymous callers get 401, other users 404. */
export function requireAdmin(actor: Actor): void {
  if (!actor) throw new AppError("UNAUTHORIZED", "Sign in as an administrator");
  if (!isAdmin(actor)) throw new AppError("NOT_FOUND", "Resource not found");
}

/**
 * The seed writes one row per action, but a database that was migrated and never seeded (or
 * that predates a new action) lacks some; the job treats a missing row as "all on", and this
 * makes the rows appear so that admins can switch them. Idempotent (`skipDuplicates`).
 */
export async function ensureMessageSettings(): Promise<void> {
  await db.messageSettings.createMany({
    data: NOTIFICATION_ACTIONS.map((action) => ({ action })),
    skipDuplicates: true,
  });
}
