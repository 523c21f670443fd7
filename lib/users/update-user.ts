import { isAdmin, type Actor } from "../auth/actor";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { deleteUser } from "./delete-user";
import { USER_SELECT, type UserRecord } from "./load";
import { restoreUser } from "./restore-user";
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
function privilegeRefusal(actor: NonNullable<Actor>, target: UserRecord, privilege: Privilege): string | null {
  const self = actor.id === target.id;
  if (privilege === "isVerified") return isAdmin(actor) ? null : "Only admins may change whether an account is verified";
  if (!isAdmin(actor)) return "Only admins may change admin rights";
  if (self) return "You may not change your own admin rights";
  if (privilege === "isSuperAdmin" && !actor.isSuperAdmin) return "Only a super admin may change super-admin rights";
  if (target.isSuperAdmin && !actor.isSuperAdmin) return "Only a super admin may change the rights of a super admin";
  return null;
}

/**
 * Changes an account's profile (the user themself or an admin) and privileges (see
 * privilegeRefusal); a refused privilege is FORBIDDEN at its field and nothing of the update is
 * written. `deletedAt` deletes the account (a time: deleteUser's rules) or restores it (null:
 * admins only, restoreUser); a deleted account takes no other change until it is restored.
 * Anonymous callers get UNAUTHORIZED; other users FORBIDDEN (they may see the public profile,
 * so the account is no secret); a missing account NOT_FOUND.
 */
export async function updateUser(actor: Actor, id: number, input: UpdateUserInput): Promise<UserRecord> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Authentication required");
  const { deletedAt, ...changes } = input;
  const user = await db.user.findFirst({ where: { id, ...(isAdmin(actor) ? {} : { deletedAt: null }) }, select: USER_SELECT });
  if (!user) throw notFound("User");
  if (actor.id !== id && !isAdmin(actor)) throw new AppError("FORBIDDEN", "You may only change your own account");

  for (const privilege of ["isAdmin", "isSuperAdmin", "isVerified"] as const) {
    const wanted = changes[privilege];
    if (wanted === undefined || wanted === user[privilege]) continue;
    const refusal = privilegeRefusal(actor, user, privilege);
    if (refusal) throw new AppError("FORBIDDEN", refusal, { field: privilege });
  }
  const data = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));

  if (user.deletedAt && deletedAt !== null) {
    if (!Object.keys(data).length) return user;
    throw new AppError("CONFLICT", "This account is deleted: restore it (deleted-at null) to change it", { field: "deletedAt" });
  }
  if (user.deletedAt) {
    await restoreUser(actor, id);
  } else if (deletedAt) {
    // First, so that a refusal (the last owner of an event) leaves everything as it was.
    await deleteUser(actor, id);
  }
  if (!Object.keys(data).length && deletedAt === undefined) return user;
  return db.user.update({ where: { id }, data, select: USER_SELECT });
}
