import { isAdmin, type Actor } from "../auth/actor";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { PROFILE_SELECT, PUBLIC_PROFILE_SELECT, type PublicUserProfile, type UserProfile } from "./profile-select";

export type UserView = { audience: "full"; user: UserProfile } | { audience: "public"; user: PublicUserProfile };

/**
 * A user as `actor` may see them: the user themself and admins see the whole profile (admins
 * also of a deleted account, which they may restore); anyone else signed in sees the public
 * profile of a live account. Anonymous callers get UNAUTHORIZED; a deleted account is NOT_FOUND
 * to everyone but admins.
 */
export async function getUserProfile(actor: Actor, id: number): Promise<UserView> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Authentication required");
  if (actor.id === id || isAdmin(actor)) {
    const user = await db.user.findFirst({ where: { id, ...(isAdmin(actor) ? {} : { deletedAt: null }) }, select: PROFILE_SELECT });
    if (!user) throw notFound("User");
    return { audience: "full", user };
  }
  const user = await db.user.findFirst({ where: { id, deletedAt: null }, select: PUBLIC_PROFILE_SELECT });
  if (!user) throw notFound("User");
  return { audience: "public", user };
}

/** The caller's own profile (the account page). */
export async function getOwnProfile(actor: Actor): Promise<UserProfile> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Authentication required");
  const view = await getUserProfile(actor, actor.id);
  if (view.audience !== "full") throw notFound("User");
  return view.user;
}
