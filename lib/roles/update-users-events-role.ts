import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";
import type { IncludeTree } from "../jsonapi/resource";
import { invitableRole, roleSource } from "../role-invites/roles";
import type { UpdateUsersEventsRoleInput } from "./schemas";
import { getUsersEventsRole, type UsersEventsRolesRecord } from "./users-events-roles";

/**
 * Gives a team member another role (the team page's "change role"): those who manage the event's
 * roles may, for the roles an invite may grant (owner and attendee are 422 on the member that
 * named them); everyone else does not see the row (404). The owner's row changes only by handing
 * the event over (PATCH /v1/events/{id}/relationships/owner). A member who already holds the new
 * role is a 409; a withdrawn row of that role is superseded by this one. Leaving track
 * organizing drops the tracks.
 */
export async function updateUsersEventsRole(
  actor: Actor,
  id: string,
  input: UpdateUsersEventsRoleInput,
  options: { include?: IncludeTree; expectedId?: string } = {},
): Promise<UsersEventsRolesRecord> {
  const entry = await getUsersEventsRole(actor, id);
  if (options.expectedId !== undefined && options.expectedId !== String(entry.id)) {
    throw new AppError("CONFLICT", "data.id does not match the role in the URL", { pointer: "/data/id" });
  }
  if (input.roleName === undefined && input.roleId === undefined) return getUsersEventsRole(actor, id, options.include);
  // The owner's row sent back with its own role is no change.
  if (input.roleName === undefined && input.roleId === entry.roleId) return getUsersEventsRole(actor, id, options.include);
  if (entry.role.name === "owner") {
    throw new AppError("FORBIDDEN", "The owner's role changes by handing the event over (PATCH /v1/events/{id}/relationships/owner)", roleSource(input));
  }
  const role = await invitableRole(db, input);
  if (role.id === entry.roleId) return getUsersEventsRole(actor, id, options.include);
  const other = await db.usersEventsRoles.findUnique({ where: { userId_eventId_roleId: { userId: entry.userId, eventId: entry.eventId, roleId: role.id } } });
  if (other && !other.deletedAt) throw new AppError("CONFLICT", `This person already is ${role.titleName} of the event`, roleSource(input));
  await db.$transaction(async (tx) => {
    if (other) await tx.usersEventsRoles.delete({ where: { id: other.id } });
    await tx.trackAssignment.deleteMany({ where: { usersEventsRoleId: entry.id } });
    await tx.usersEventsRoles.update({ where: { id: entry.id }, data: { roleId: role.id } });
  });
  return getUsersEventsRole(actor, id, options.include);
}
