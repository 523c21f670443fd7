import { isAdmin, type Actor } from "../auth/actor";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { PROFILE_SELECT, type UserProfile } from "./profile-select";
import type { UpdateUserInput } from "./schemas";

type Privilege = "isAdmin" | "isSuperAdmin" | "isVerified";

/**
 * Why `actor` may not change `privilege` of `target` to the value asked for, or null when they
 * may. Only changes are judged, so a form or client that sends the unchanged values back is not
 * refused. Admins verify accounts and grant or withdraw admin rights; only a super admin grants
 * or withdraws super-admin rights, or changes the rights of a super admin; and nobody changes
 * their own rights (raising them is the point of the rule; lowering them could leave the
 * platform without an admin by a slip).
 */
function privilegeRefusal(actor: NonNullable<Actor>, target: UserProfile, privilege: Privilege): string | null {
  const self = actor.id === target.id;
  if (privilege === "isVerified") return isAdmin(actor) ? null : "Only admins may change whether an account is verified";
  if (!isAdmin(actor)) return "Only admins may change admin rights";
  if (self) return "You may not change your own admin rights";
  if (privilege === "isSuperAdmin" && !actor.isSuperAdmin) return "Only a super admin may change super-admin rights";
  if (target.isSuperAdmin && !actor.isSuperAdmin) return "Only a super admin may change the rights of a super admin";
  return null;
}

/**
 * Changes a live account's profile (the user themself or an admin) and privileges (see
 * privilegeRefusal). A refused privilege is FORBIDDEN at its field and nothing of the update is
 * written. Anonymous callers get UNAUTHORIZED; other users NOT_FOUND, as for a missing account.
 */
export async function updateUser(actor: Actor, id: number, input: UpdateUserInput): Promise<UserProfile> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Authentication required");
  if (actor.id !== id && !isAdmin(actor)) throw notFound("User");
  const user = await db.user.findFirst({ where: { id, deletedAt: null }, select: PROFILE_SELECT });
  if (!user) throw notFound("User");

  for (const privilege of ["isAdmin", "isSuperAdmin", "isVerified"] as const) {
    const wanted = input[privilege];
    if (wanted === undefined || wanted === user[privilege]) continue;
    const refusal = privilegeRefusal(actor, user, privilege);
    if (refusal) throw new AppError("FORBIDDEN", refusal, { field: privilege });
  }
  const data = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
  if (!Object.keys(data).length) return user;
  return db.user.update({ where: { id }, data, select: PROFILE_SELECT });
}
