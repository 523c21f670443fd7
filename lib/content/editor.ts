import type { Actor } from "../auth/actor";
import { notFound } from "../errors";
import { getEvent } from "../events/get-event";
import type { OrderBy } from "../jsonapi/query";
import { socialLinkResource } from "../social-links/resource";
import { sponsorResource } from "../sponsors/resource";
import { ticketResource } from "../tickets/resource";
import { actionFailure, type ActionResult } from "../forms/action-result";
import { FORM_PARSE_OPTIONS } from "./form-parse";
import {
  createEventContent,
  deleteEventContent,
  findEventContent,
  getEventContent,
  updateEventContent,
  type ContentResource,
} from "./services";

/**
 * The dashboard's sponsors, social links and tickets editors: one set of functions for all
 * three, on top of the same content services (and so the same authorisation and rules) as
 * `/v1`. Input is validated with the resource's create schema — the very schema the API uses — as
 * one whole row, since the forms always send every field. Server actions (actions.ts) are thin
 * wrappers; these take the actor so tests can call them.
 */

export const EDITOR_KINDS = {
  sponsors: sponsorResource,
  "social-links": socialLinkResource,
  tickets: ticketResource,
} as const satisfies Record<string, ContentResource>;
export type EditorKindName = keyof typeof EDITOR_KINDS;

export const isEditorKind = (name: string): name is EditorKindName => Object.hasOwn(EDITOR_KINDS, name);

/** Display order: sponsors and tickets by their position, social links by name. */
const ORDER: Record<EditorKindName, OrderBy> = {
  sponsors: [{ position: "asc" }, { name: "asc" }, { id: "asc" }],
  "social-links": [{ name: "asc" }, { id: "asc" }],
  tickets: [{ position: "asc" }, { name: "asc" }, { id: "asc" }],
};

/** A row as the editors get it: plain values (a Decimal price becomes a number) that cross to the browser. */
export type EditorItem = Record<string, string | number | boolean | Date | null> & { id: number };

const MAX_ITEMS = 1_000;

function plain(row: unknown): EditorItem {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row as Record<string, unknown>)) {
    if (key === "eventId" || key === "createdAt" || key === "deletedAt") continue;
    // Prisma's Decimal (ticket prices) is an object the browser cannot receive.
    out[key] = value !== null && typeof value === "object" && !(value instanceof Date) ? Number(value) : value;
  }
  return out as EditorItem;
}

export interface EditorData {
  event: { id: number; identifier: string; name: string; timezone: string };
  items: EditorItem[];
}

/** The editor page's data; only those who may change the event's content get it (else NOT_FOUND). */
export async function getEditorData(actor: Actor, kindName: EditorKindName, eventId: string): Promise<EditorData> {
  const event = await getEvent(actor, eventId, "content.manage");
  const { items } = await findEventContent(EDITOR_KINDS[kindName], actor, String(event.id), {
    where: {},
    orderBy: ORDER[kindName],
    page: { number: 1, size: MAX_ITEMS },
    include: {},
  });
  return {
    event: { id: event.id, identifier: event.identifier, name: event.name, timezone: event.timezone },
    items: items.map(plain),
  };
}

/** A row of this event the actor may change, else NOT_FOUND (another event's row included). */
async function rowOfEvent(actor: Actor, kind: ContentResource, eventId: number, id: number): Promise<void> {
  const row = (await getEventContent(kind, actor, id)) as { eventId: number };
  if (row.eventId !== eventId) throw notFound(kind.label);
}

const failure = (kind: ContentResource, error: unknown) =>
  actionFailure(error, { notFound: `This ${kind.label.toLowerCase()} or its event does not exist, or you may not change it.` });

/** Creates (`id` null) or replaces a row; answers field errors keyed by attribute name. */
export async function saveContent(
  actor: Actor,
  kindName: EditorKindName,
  eventId: string,
  id: number | null,
  input: Record<string, unknown>,
): Promise<ActionResult<EditorItem>> {
  const kind = EDITOR_KINDS[kindName];
  try {
    const event = await getEvent(actor, eventId, "content.manage");
    const data = kind.createSchema.parse(input, FORM_PARSE_OPTIONS);
    if (id === null) return { ok: true, data: plain(await createEventContent(kind, actor, String(event.id), data)) };
    await rowOfEvent(actor, kind, event.id, id);
    return { ok: true, data: plain(await updateEventContent(kind, actor, id, data)) };
  } catch (error) {
    return failure(kind, error);
  }
}

export async function deleteContent(actor: Actor, kindName: EditorKindName, eventId: string, id: number): Promise<ActionResult> {
  const kind = EDITOR_KINDS[kindName];
  try {
    const event = await getEvent(actor, eventId, "content.manage");
    await rowOfEvent(actor, kind, event.id, id);
    await deleteEventContent(kind, actor, id);
    return { ok: true };
  } catch (error) {
    return failure(kind, error);
  }
}

/**
 * Puts the event's rows in the order of `ids` (positions 0…n-1). Only rows whose position
 * changes are written, one by one through the content service: a partial failure leaves a
 * valid (if half-done) order, which the next move repairs, so no transaction is needed.
 */
export async function reorderContent(
  actor: Actor,
  kindName: EditorKindName,
  eventId: string,
  ids: readonly number[],
): Promise<ActionResult> {
  const kind = EDITOR_KINDS[kindName];
  try {
    const { items } = await getEditorData(actor, kindName, eventId);
    const current = new Map(items.map((item) => [item.id, item]));
    if (ids.length !== items.length || new Set(ids).size !== ids.length || ids.some((id) => !current.has(id))) {
      return { ok: false, fieldErrors: {}, formError: "The list changed meanwhile; reload the page and try again." };
    }
    for (const [position, id] of ids.entries()) {
      if (current.get(id)?.position !== position) await updateEventContent(kind, actor, id, { position });
    }
    return { ok: true };
  } catch (error) {
    return failure(kind, error);
  }
}
