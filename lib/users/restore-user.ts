import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { requireAdminAccess } from "../auth/require-admin";

/**
 * Brings a deleted account back (admins only: anonymous callers UNAUTHORIZED, others
 * FORBIDDEN). Its owner signs in again with the password they had; tokens and sessions from
 * before the deletion stay dead (deleteUser raised the session version). An account that is not
 * deleted is a CONFLICT.
 */
export async function restoreUser(actor: Actor, id: number): Promise<void> {
  requireAdminAccess(actor);
  const user = await db.user.findFirst({ where: { id }, select: { deletedAt: true } });
  if (!user) throw notFound("User");
  const { count } = await db.user.updateMany({ where: { id, deletedAt: { not: null } }, data: { deletedAt: null } });
  if (!count) throw new AppError("CONFLICT", "This account is not deleted");
}
