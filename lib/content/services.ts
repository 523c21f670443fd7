import type { z } from "zod";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { eventKey } from "../events/event-key";
import { getEvent } from "../events/get-event";
import type { LoadedEvent } from "../events/load";
import { DocumentValidationError } from "../jsonapi/errors";
import { rowIdOrNotFound } from "../jsonapi/input";
import { prismaInclude } from "../jsonapi/include";
import { type AnyResource, type CollectionQuery, type IncludeTree, type Page, type Where } from "../jsonapi/resource";
import { eventChildScope, eventScope, type Action } from "../permissions";
import type { ContentIssue } from "./fields";
import { visibleWhere } from "./relationships";
import { pageWindow } from "../pagination";

/**
 * The services behind every event-content resource. Authorisation is part of each `where`:
 * reading needs `content.view` on the event (plus `content.view-private` for rows outside
 * `publicWhere`), writing needs `content.manage`. Whatever fails the scope — a missing id, a
 * deleted row, another event's organizer — is the same NOT_FOUND.
 */

/** The columns through which sessions refer to content; such rows cannot be deleted while used. */
export type SessionReference = "microlocationId" | "trackId" | "sessionTypeId";

/**
 * What the content services read of a declaration besides its JSON:API part. Each content
 * resource declares it once, in its declaration (lib/<domain>/resource.ts, through
 * `defineContentResource` in resource.ts), so the six resources cannot drift apart in their rules.
 */
export interface ContentSpec {
  /** Singular noun for messages ("Track not found"). */
  label: string;
  createSchema: z.ZodType<Record<string, unknown>>;
  updateSchema: z.ZodType<Record<string, unknown>>;
  /** Rows that readers without `content.view-private` may see (e.g. tickets that are not hidden). */
  publicWhere?: Record<string, unknown>;
  /** Set when sessions point at this content through that column. */
  usedBy?: SessionReference;
  /**
   * Rules across attributes, checked on the whole row: by the create schema, and again after a
   * PATCH is merged with the stored values (a PATCH of one side of a pair must not break it).
   */
  rules?: (value: Record<string, unknown>) => ContentIssue[];
}

/** The declaration of an event-content resource. */
export type ContentResource = AnyResource & ContentSpec;

/**
 * The Prisma model delegate calls these services make. Prisma's delegates have no common
 * callable type (each method is generic over its own model's argument types), so they are
 * adapted to this shape in one place.
 */
export interface ContentDelegate {
  findMany(args: object): Promise<unknown[]>;
  findFirst(args: object): Promise<unknown>;
  count(args: object): Promise<number>;
  create(args: object): Promise<unknown>;
  update(args: object): Promise<unknown>;
}

/** The delegate of a declaration's Prisma model (`SessionType` → `db.sessionType`). */
export const delegateOf = (resource: AnyResource): ContentDelegate =>
  (db as unknown as Record<string, ContentDelegate>)[resource.model.charAt(0).toLowerCase() + resource.model.slice(1)] as ContentDelegate;

/** A URL id; anything that cannot be a row id is simply not found. */
const rowId = (kind: ContentResource, id: string | number): number => rowIdOrNotFound(id, kind.label);

function requireSignedIn(actor: Actor, kind: ContentResource): asserts actor is NonNullable<Actor> {
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

const readScope = (kind: ContentResource, actor: Actor) => ({
  AND: [eventChildScope(actor, "content.view"), visibleWhere(actor, kind.publicWhere)],
});

export interface ContentOptions {
  include?: IncludeTree;
}

/** A page of the rows matching `where`, with the query's order, page and include. */
async function findPage(kind: ContentResource, actor: Actor, where: Where, query: CollectionQuery): Promise<{ items: unknown[]; count: number }> {
  const delegate = delegateOf(kind);
  const [items, count] = await Promise.all([
    delegate.findMany({
      where,
      orderBy: query.orderBy,
      ...pageWindow(query.page),
      include: prismaInclude(kind, query.include, actor),
    }),
    delegate.count({ where }),
  ]);
  return { items, count };
}

/** A page of an event's content, as the actor may see it. */
export async function findEventContent(
  kind: ContentResource,
  actor: Actor,
  eventIdOrIdentifier: string,
  query: CollectionQuery,
): Promise<{ items: unknown[]; count: number }> {
  const eventId = await eventIdFor(actor, eventIdOrIdentifier, "content.view");
  return findPage(kind, actor, { AND: [{ eventId, deletedAt: null }, visibleWhere(actor, kind.publicWhere), query.where] }, query);
}

/**
 * The content rows matching `where` that the actor may see, with the reads' scope: related
 * collections such as `/v1/users-events-roles/{id}/tracks` narrow `where` to the parent's rows.
 */
export async function findEventContentWhere(kind: ContentResource, actor: Actor, where: Where, query: CollectionQuery): Promise<Page> {
  return findPage(kind, actor, { AND: [where, eventChildScope(actor, "content.view"), visibleWhere(actor, kind.publicWhere), query.where] }, query);
}

export async function getEventContent(
  kind: ContentResource,
  actor: Actor,
  id: string | number,
  options: ContentOptions = {},
): Promise<unknown> {
  const row = await delegateOf(kind).findFirst({
    where: { AND: [{ id: rowId(kind, id) }, readScope(kind, actor)] },
    include: prismaInclude(kind, options.include ?? {}, actor),
  });
  if (!row) throw notFound(kind.label);
  return row;
}

/** The event a content row belongs to (`/v1/tracks/{id}/event`), loaded as the events API loads it. */
export async function getEventOfContent(
  kind: ContentResource,
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
  kind: ContentResource,
  actor: Actor,
  eventIdOrIdentifier: string,
  input: Record<string, unknown>,
  options: ContentOptions = {},
): Promise<unknown> {
  requireSignedIn(actor, kind);
  const eventId = await eventIdFor(actor, eventIdOrIdentifier, "content.manage");
  return delegateOf(kind).create({
    data: { ...input, eventId },
    include: prismaInclude(kind, options.include ?? {}, actor),
  });
}

/** The stored row the actor may change, or NOT_FOUND. */
async function manageable(kind: ContentResource, actor: Actor, id: string | number): Promise<Record<string, unknown> & { id: number }> {
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
  kind: ContentResource,
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
    throw new DocumentValidationError(issues.map((issue) => ({ detail: issue.message, field: issue.path })));
  }
  return delegateOf(kind).update({
    where: { id: stored.id },
    data: input,
    include: prismaInclude(kind, options.include ?? {}, actor),
  });
}

/**
 * Soft-deletes a row. Rooms, tracks and session types still used by sessions are kept (409):
 * deleting them would silently unschedule or untrack those sessions.
 */
export async function deleteEventContent(kind: ContentResource, actor: Actor, id: string | number): Promise<void> {
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

const sessionsUsing = (kind: ContentResource, id: number) =>
  kind.usedBy ? db.session.count({ where: { [kind.usedBy]: id, deletedAt: null } }) : Promise.resolve(0);

/** How many non-deleted sessions use a row (the settings page asks before offering delete). */
export async function countSessionsUsing(kind: ContentResource, actor: Actor, id: string | number): Promise<number> {
  return sessionsUsing(kind, (await manageable(kind, actor, id)).id);
}
