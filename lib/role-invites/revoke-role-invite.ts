import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";
import { loadInviteAccess } from "./access";

/**
 * Revokes an invite (soft delete): its link stops working at once. Only those who manage the
 * event's roles may; the invitee, who can see the invite, declines instead (FORBIDDEN). A role
 * already granted by an accepted invite stays: members are removed on the team, not here.
 */
export async function revokeRoleInvite(actor: Actor, id: string | number): Promise<void> {
  const { invite, canManage } = await loadInviteAccess(actor, id);
  if (!canManage) throw new AppError("FORBIDDEN", "Only the event's owner and organizers may revoke an invite; decline it instead");
  await db.roleInvite.update({ where: { id: invite.id }, data: { deletedAt: new Date() } });
}
