import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { eventKey } from "../events/event-key";
import type { CustomForm, CustomFormOption, Prisma } from "../generated/prisma/client";
import { eventScope, type Action } from "../permissions";

/**
 * Who sees and changes an event's forms. Anyone who may view the event reads the fields its
 * forms ask for (a call for speakers shows them); the event's staff read every field; co-organizers
 * and up change them. Whatever fails a scope — a missing id, another event's organizer — is the
 * same NOT_FOUND, as for all event content.
 */

/** A custom-form row with its options in order, as every custom-form service answers it. */
export type CustomFormRecord = CustomForm & { options: CustomFormOption[] };

export const withOptions = { options: { orderBy: [{ position: "asc" }, { id: "asc" }] } } as const satisfies Prisma.CustomFormInclude;

/** Custom-form rows the actor may read. */
export function formReadScope(actor: Actor): Prisma.CustomFormWhereInput {
  return {
    deletedAt: null,
    OR: [{ event: eventScope(actor, "event.view-private") }, { isIncluded: true, event: eventScope(actor, "content.view") }],
  };
}

/** Custom-form rows the actor may change. */
export const formWriteScope = (actor: Actor): Prisma.CustomFormWhereInput => ({ deletedAt: null, event: eventScope(actor, "content.manage") });

export function requireSignedIn(actor: Actor, detail = "Sign in to change the event's forms"): asserts actor is NonNullable<Actor> {
  if (!actor) throw new AppError("UNAUTHORIZED", detail);
}

/** The id of the event (by id or identifier) the actor may perform `action` on; else NOT_FOUND. */
export async function eventIdFor(actor: Actor, idOrIdentifier: string | number, action: Action): Promise<number> {
  const event = await db.event.findFirst({ where: { AND: [eventKey(idOrIdentifier), eventScope(actor, action)] }, select: { id: true } });
  if (!event) throw notFound("Event");
  return event.id;
}
