import { isAdmin, type Actor } from "../auth/actor";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { asPublicProfile, PUBLIC_PROFILE_SELECT, USER_SELECT, type PublicUserProfile, type UserRecord } from "./load";

/** The caller's own account; anonymous callers get 401. */
export async function getCurrentUser(actor: Actor): Promise<UserRecord> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Authentication required");
  return getFullUser(actor, actor.id);
}

/**
 * A user as `actor` may see them: the user themself and admins the whole account (admins also
 * a deleted one, which they may restore); anyone else signed in the public profile of a live
 * account (Open Event's UserSchemaPublic). Anonymous callers get UNAUTHORIZED; a deleted account
 * is NOT_FOUND to everyone but admins.
 */
export async function getUser(actor: Actor, id: number): Promise<UserRecord | PublicUserProfile> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Authentication required");
  if (actor.id === id || isAdmin(actor)) return getFullUser(actor, id);
  const user = await db.user.findFirst({ where: { id, deletedAt: null }, select: PUBLIC_PROFILE_SELECT });
  if (!user) throw notFound("User");
  return asPublicProfile(user);
}

/** The whole account, for the user themself and admins only (others NOT_FOUND): the account pages. */
export async function getFullUser(actor: Actor, id: number): Promise<UserRecord> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Authentication required");
  if (actor.id !== id && !isAdmin(actor)) throw notFound("User");
  const user = await db.user.findFirst({ where: { id, ...(isAdmin(actor) ? {} : { deletedAt: null }) }, select: USER_SELECT });
  if (!user) throw notFound("User");
  return user;
}
