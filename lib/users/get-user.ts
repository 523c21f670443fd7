import { isAdmin, type Actor } from "../auth/actor";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { USER_SELECT, type UserRecord } from "./load";

/** The caller's own account; anonymous callers get 401. */
export async function getCurrentUser(actor: Actor): Promise<UserRecord> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Authentication required");
  return getUser(actor, actor.id);
}

/**
 * A user as seen by `actor`: people see themselves, admins see everyone. Anyone else gets the
 * same 404 as for a missing id, so ids of other accounts are not confirmed.
 */
export async function getUser(actor: Actor, id: number): Promise<UserRecord> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Authentication required");
  if (actor.id !== id && !isAdmin(actor)) throw notFound("User");
  const user = await db.user.findFirst({ where: { id, deletedAt: null }, select: USER_SELECT });
  if (!user) throw notFound("User");
  return user;
}
