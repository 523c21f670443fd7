import type { Actor } from "../auth/actor";
import { db } from "../db";
import { notFound } from "../errors";
import { eventScope, type Action } from "../permissions";
import { eventKey } from "./event-key";
import { eventInclude, withActorRoles, type LoadedEvent, type LoadOptions } from "./load";

/**
 * The event the actor may perform `action` on, by id or identifier, with the actor's roles.
 * Anything else — missing, deleted, a draft without a role — is NOT_FOUND, so ids of other
 * people's events reveal nothing.
 */
export async function getEvent(
  actor: Actor,
  idOrIdentifier: string | number,
  action: Action = "event.view",
  options: LoadOptions = {},
): Promise<LoadedEvent> {
  const event = await db.event.findFirst({
    where: { AND: [eventKey(idOrIdentifier), eventScope(actor, action)] },
    include: eventInclude(actor, options.include),
  });
  if (!event) throw notFound("Event");
  return withActorRoles(event);
}
