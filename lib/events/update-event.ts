import type { Actor } from "../auth/actor";
import { db } from "../db";
import { requestDerivedImages } from "../images/request-derive";
import { AppError, notFound } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { can, eventScope, rolesOf, actorRoles } from "../permissions";
import { eventKey } from "./event-key";
import { eventInclude, withActorRoles, type LoadedEvent, type LoadOptions } from "./load";
import type { UpdateEventInput } from "./schemas";
import { checkTaxonomy } from "./taxonomy";

export interface UpdateEventOptions extends LoadOptions {
  /**
   * The id the client says it is changing (JSON:API `data.id`). The URL may carry the
   * identifier, so only here, with the event loaded, can a mismatch be told apart.
   */
  expectedId?: string;
}

/**
 * Changes an event. Callers who may not see it get NOT_FOUND; those who see it but may not
 * change it get FORBIDDEN. Changing `state` (publish/unpublish) or `schedulePublishedOn`
 * needs `event.publish`. The end must follow the start after merging with stored values.
 */
export async function updateEvent(
  actor: Actor,
  idOrIdentifier: string | number,
  input: UpdateEventInput,
  options: UpdateEventOptions = {},
): Promise<LoadedEvent> {
  const found = await db.event.findFirst({
    where: { AND: [eventKey(idOrIdentifier), eventScope(actor, "event.view")] },
    include: { roles: rolesOf(actor) },
  });
  if (!found) throw notFound("Event");
  const event = { ...found, actorRoles: actorRoles(found) };
  if (options.expectedId !== undefined && options.expectedId !== String(event.id) && options.expectedId !== event.identifier) {
    throw new AppError("CONFLICT", "data.id does not match the event in the URL", { pointer: "/data/id" });
  }
  if (!can(actor, "event.update", event)) throw new AppError("FORBIDDEN", "You may not change this event");

  const publishing =
    (input.state !== undefined && input.state !== event.state) ||
    (input.schedulePublishedOn !== undefined && input.schedulePublishedOn?.getTime() !== event.schedulePublishedOn?.getTime());
  if (publishing && !can(actor, "event.publish", event)) {
    throw new AppError("FORBIDDEN", "You may not publish or unpublish this event", { field: "state" });
  }

  const startsAt = input.startsAt ?? event.startsAt;
  const endsAt = input.endsAt ?? event.endsAt;
  if (endsAt <= startsAt) {
    throw new AppError("UNPROCESSABLE", "Must be after the start", { field: "endsAt" });
  }
  if (input.eventTopicId !== undefined || input.eventSubTopicId !== undefined || input.eventTypeId !== undefined) {
    await checkTaxonomy({
      eventTopicId: input.eventTopicId === undefined ? event.eventTopicId : input.eventTopicId,
      eventSubTopicId: input.eventSubTopicId === undefined ? event.eventSubTopicId : input.eventSubTopicId,
      eventTypeId: input.eventTypeId === undefined ? event.eventTypeId : input.eventTypeId,
    });
  }

  const data: Prisma.EventUncheckedUpdateInput = { ...input };
  if (input.originalImageUrl !== undefined && input.originalImageUrl !== event.originalImageUrl) {
    // Resized copies belong to the old image; they are derived again from the new one.
    Object.assign(data, { largeImageUrl: null, thumbnailImageUrl: null, iconImageUrl: null });
  }
  const updated = await db.event.update({ where: { id: event.id }, data, include: eventInclude(actor, options.include) });
  if (input.originalImageUrl !== undefined && input.originalImageUrl !== event.originalImageUrl) {
    await requestDerivedImages("event", [{ id: event.id, url: updated.originalImageUrl }], { userId: actor?.id, eventId: event.id });
  }
  if (event.state !== "published" && updated.state === "published") {
    // Loaded here: the notification jobs reach back into the event services.
    const { notify } = await import("../notifications/notify");
    await notify("event_published", { eventId: event.id }, { userId: actor?.id ?? null, eventId: event.id });
  }
  return withActorRoles(updated);
}
