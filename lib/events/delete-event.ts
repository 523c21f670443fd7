import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { actorRoles, can, eventScope, rolesOf } from "../permissions";
import { eventKey } from "./event-key";

/**
 * Soft-deletes an event (`event.delete`: owners, organizers, admins); afterwards every read
 * answers NOT_FOUND. Callers who cannot see the event get NOT_FOUND, those who can see but not
 * delete it get FORBIDDEN.
 */
export async function deleteEvent(actor: Actor, idOrIdentifier: string | number): Promise<void> {
  const event = await db.event.findFirst({
    where: { AND: [eventKey(idOrIdentifier), eventScope(actor, "event.view")] },
    include: { roles: rolesOf(actor) },
  });
  if (!event) throw notFound("Event");
  if (!can(actor, "event.delete", { ...event, actorRoles: actorRoles(event) })) {
    throw new AppError("FORBIDDEN", "You may not delete this event");
  }
  await db.event.update({ where: { id: event.id }, data: { deletedAt: new Date() } });
}
