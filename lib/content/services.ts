import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { eventKey } from "../events/event-key";
import { getEvent } from "../events/get-event";
import type { LoadedEvent } from "../events/load";
import { DocumentValidationError } from "../jsonapi/errors";
import { rowIdOrNotFound } from "../jsonapi/input";
import type { ParsedQuery } from "../jsonapi/query";
import { prismaInclude } from "../jsonapi/include";
import { attributeName, type IncludeTree } from "../jsonapi/resource";
import { eventChildScope, eventScope, type Action } from "../permissions";
import type { ContentDelegate, EventContentKind } from "./kind";
import { visibleWhere } from "./relationships";

/**
 * The services behind every event-content resource. Authorisation is part of each `where`:
 * reading needs `content.view` on the event (plus `content.view-private` for rows outside
 * `publicWhere`), writing needs `content.manage`. Whatever fails the scope — a missing id, a
 * deleted row, another event's organizer — is the same NOT_FOUND.
 */

/** The model's delegate (see ContentDelegate for why it is cast). */
const delegateOf = (kind: EventContentKind) => (db as unknown as Record<EventContentKind["model"], ContentDelegate>)[kind.model];

/** A URL id; anything that cannot be a row id is simply not found. */
const rowId = (kind: EventContentKind, id: string | number): number => rowIdOrNotFound(id, kind.label);

function requireSignedIn(actor: Actor, kind: EventContentKind): asserts actor is NonNullable<Actor> {
  if (!actor) throw new AppError("UNAUTHORIZED", `Sign in to change ${kind.label.toLowerCase()}s`);
}

/** The id of the event (by id or identifier) the actor may perform `action` on, in one query; else NOT_FOUND. */
export async function eventIdFor(actor: Actor, idOrIdentifier: string, action: Action): Promise<number> {
  const event = await db.event.findFirst({
    where: { AND: [eventKey(idOrIdentifier), eventScope(actor, action)] },
    select: { id: true },
  });
  if (!event) throw notFound("Event");
  return event.id;
}

const readScope = (kind: EventContentKind, actor: Actor) => ({
  AND: [eventChildScope(actor, "content.view"), visibleWhere(actor, kind.publicWhere)],
});

export interface ContentOptions {
  include?: IncludeTree;
}

/** A page of an event's content, as the actor may see it. */
export async function findEventContent(
  kind: EventContentKind,
  actor: Actor,
  eventIdOrIdentifier: string,
  query: Pick<ParsedQuery, "where" | "orderBy" | "page" | "include">,
): Promise<{ items: unknown[]; count: number }> {
  const eventId = await eventIdFor(actor, eventIdOrIdentifier, "content.view");
  const where = { AND: [{ eventId, deletedAt: null }, visibleWhere(actor, kind.publicWhere), query.where] };
  const delegate = delegateOf(kind);
  const [items, count] = await Promise.all([
    delegate.findMany({
      where,
      orderBy: query.orderBy,
      skip: (query.page.number - 1) * query.page.size,
      take: query.page.size,
      include: prismaInclude(kind.resource, query.include, actor),
    }),
    delegate.count({ where }),
  ]);
  return { items, count };
}

export async function getEventContent(
  kind: EventContentKind,
  actor: Actor,
  id: string | number,
  options: ContentOptions = {},
): Promise<unknown> {
  const row = await delegateOf(kind).findFirst({
    where: { AND: [{ id: rowId(kind, id) }, readScope(kind, actor)] },
    include: prismaInclude(kind.resource, options.include ?? {}, actor),
  });
  if (!row) throw notFound(kind.label);
  return row;
}

/** The event a content row belongs to (`/v1/tracks/{id}/event`), loaded as the events API loads it. */
export async function getEventOfContent(
  kind: EventContentKind,
  actor: Actor,
  id: string | number,
  options: ContentOptions = {},
): Promise<LoadedEvent> {
  const row = (await delegateOf(kind).findFirst({
    where: { AND: [{ id: rowId(kind, id) }, readScope(kind, actor)] },
    select: { eventId: true },
  })) as { eventId: number } | null;
  if (!row) throw notFound(kind.label);
  return getEvent(actor, row.eventId, "event.view", options);
}

export async function createEventContent(
  kind: EventContentKind,
  actor: Actor,
  eventIdOrIdentifier: string,
  input: Record<string, unknown>,
  options: ContentOptions = {},
): Promise<unknown> {
  requireSignedIn(actor, kind);
  const eventId = await eventIdFor(actor, eventIdOrIdentifier, "content.manage");
  return delegateOf(kind).create({
    data: { ...input, eventId },
    include: prismaInclude(kind.resource, options.include ?? {}, actor),
  });
}

/** The stored row the actor may change, or NOT_FOUND. */
async function manageable(kind: EventContentKind, actor: Actor, id: string | number): Promise<Record<string, unknown> & { id: number }> {
  requireSignedIn(actor, kind);
  const row = await delegateOf(kind).findFirst({
    where: { AND: [{ id: rowId(kind, id) }, eventChildScope(actor, "content.manage")] },
  });
  if (!row) throw notFound(kind.label);
  return row as Record<string, unknown> & { id: number };
}

export interface UpdateContentOptions extends ContentOptions {
  /** JSON:API `data.id`, which must name the row in the URL. */
  expectedId?: string;
}

export async function updateEventContent(
  kind: EventContentKind,
  actor: Actor,
  id: string | number,
  input: Record<string, unknown>,
  options: UpdateContentOptions = {},
): Promise<unknown> {
  const stored = await manageable(kind, actor, id);
  if (options.expectedId !== undefined && options.expectedId !== String(stored.id)) {
    throw new AppError("CONFLICT", `data.id does not match the ${kind.label.toLowerCase()} in the URL`, { pointer: "/data/id" });
  }
  const issues = kind.rules?.({ ...stored, ...input }) ?? [];
  if (issues.length) {
    throw new DocumentValidationError(
      issues.map((issue) => {
        const def = kind.resource.attributes[issue.path];
        return { detail: issue.message, pointer: `/data/attributes/${def ? attributeName(issue.path, def) : issue.path}` };
      }),
    );
  }
  return delegateOf(kind).update({
    where: { id: stored.id },
    data: input,
    include: prismaInclude(kind.resource, options.include ?? {}, actor),
  });
}

/**
 * Soft-deletes a row. Rooms, tracks and session types still used by sessions are kept (409):
 * deleting them would silently unschedule or untrack those sessions.
 */
export async function deleteEventContent(kind: EventContentKind, actor: Actor, id: string | number): Promise<void> {
  const stored = await manageable(kind, actor, id);
  const sessions = await sessionsUsing(kind, stored.id);
  if (sessions) {
    const noun = kind.label.toLowerCase();
    const them = sessions === 1 ? "it" : "them";
    throw new AppError(
      "CONFLICT",
      `This ${noun} is used by ${sessions} session${sessions === 1 ? "" : "s"}; move ${them} to another ${noun} or delete ${them} first`,
    );
  }
  await delegateOf(kind).update({ where: { id: stored.id }, data: { deletedAt: new Date() } });
}

const sessionsUsing = (kind: EventContentKind, id: number) =>
  kind.usedBy ? db.session.count({ where: { [kind.usedBy]: id, deletedAt: null } }) : Promise.resolve(0);

/** How many non-deleted sessions use a row (the settings page asks before offering delete). */
export async function countSessionsUsing(kind: EventContentKind, actor: Actor, id: string | number): Promise<number> {
  return sessionsUsing(kind, (await manageable(kind, actor, id)).id);
}
