import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";
import { getUsersEventsRole } from "./users-events-roles";

/**
 * Removes someone from an event's team (soft delete: the row stays for the record, and a later
 * invite to the same role restores it). Only those who manage the event's roles see the row at
 * all (404 for everyone else). Ownership is not a team role to take away here: an event without
 * an owner would have nobody who may delete it.
 */
export async function deleteUsersEventsRole(actor: Actor, id: string): Promise<void> {
  const entry = await getUsersEventsRole(actor, id);
  if (entry.role.name === "owner") throw new AppError("FORBIDDEN", "The event's owner cannot be removed from the team");
  // A track organizer's tracks go with the role: a later invite restores the role, and whoever
  // sends it decides on the tracks anew.
  await db.$transaction([
    db.trackAssignment.deleteMany({ where: { usersEventsRoleId: entry.id } }),
    db.usersEventsRoles.update({ where: { id: entry.id }, data: { deletedAt: new Date() } }),
  ]);
}
