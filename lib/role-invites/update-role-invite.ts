import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";
import { DocumentValidationError, type Issue } from "../jsonapi/errors";
import type { IncludeTree } from "../jsonapi/resource";
import { inviteInclude, loadInviteAccess, sameEmail, type LoadedRoleInvite } from "./access";
import { respondToRoleInvite } from "./respond-to-role-invite";
import { invitableRole, roleSource } from "./roles";
import type { UpdateRoleInviteInput } from "./schemas";

/**
 * `PATCH /v1/role-invites/{id}`.
 *
 * - The invitee may change only `status` (accept or decline); any other change is 422.
 * - Organizers may change the role of a pending invite, never the status: accepting on someone
 *   else's behalf would grant a role nobody agreed to (403).
 * - The address and the event never change: the link went to that address for that event, so
 *   a different one needs a new invite (422).
 * Values equal to the stored ones are not changes: clients such as Ember Data send the whole
 * record back.
 */
export async function updateRoleInvite(
  actor: Actor,
  id: string,
  input: UpdateRoleInviteInput,
  options: { include?: IncludeTree; expectedId?: string } = {},
): Promise<LoadedRoleInvite> {
  const { invite, isInvitee, canManage } = await loadInviteAccess(actor, id);
  if (options.expectedId !== undefined && options.expectedId !== String(invite.id)) {
    throw new AppError("CONFLICT", "data.id does not match the invite in the URL", { pointer: "/data/id" });
  }

  const role = input.roleName !== undefined || input.roleId !== undefined ? await invitableRole(db, input) : undefined;
  const changesRole = role !== undefined && role.id !== invite.roleId;
  const changesStatus = input.status !== undefined && input.status !== invite.status;

  const issues: Issue[] = [];
  if (input.email !== undefined && !sameEmail(input.email, invite.email)) {
    issues.push({ detail: "The address of an invite cannot change; revoke it and invite the new address", field: "email" });
  }
  if (input.eventId !== undefined && input.eventId !== invite.eventId) {
    issues.push({ detail: "The event of an invite cannot change", relationship: ["event", "data", "id"] });
  }
  if (changesRole && !canManage) {
    issues.push({ detail: "The invitee may only accept or decline", ...roleSource(input) });
  }
  if (changesStatus && input.status === "pending") {
    issues.push({ detail: "Status must be accepted or declined", field: "status" });
  }
  if (issues.length) throw new DocumentValidationError(issues);
  if (changesStatus && !isInvitee) {
    throw new AppError("FORBIDDEN", "Only the invited person may accept or decline an invite", { field: "status" });
  }

  if (changesRole && role) {
    if (invite.status !== "pending") {
      throw new AppError("CONFLICT", `The invite was already ${invite.status}`, { field: "status" });
    }
    await db.roleInvite.update({ where: { id: invite.id }, data: { roleId: role.id } });
  }
  if (changesStatus && actor && (input.status === "accepted" || input.status === "declined")) {
    await respondToRoleInvite(invite, actor.id, input.status);
  }
  return (await db.roleInvite.findUniqueOrThrow({ where: { id: invite.id }, include: inviteInclude(actor, options.include) })) as LoadedRoleInvite;
}
