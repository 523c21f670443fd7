import type { Actor } from "../auth/actor";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { getSpeaker } from "../speakers/get-speaker";
import { getEventAccess, type EventAccess } from "./access";
import { resourceOf } from "../jsonapi/registry";
import { finishSessions, pageArgs, sessionInclude, withEventRoles, withoutEventRoles, type SessionRecord } from "./load";
import { eventSessionScope, sessionScope } from "./scope";
import type { CollectionQuery } from "../jsonapi/resource";

/** A page and the total; `event` when every row belongs to that event (its roles are then not looked up again). */
async function page(actor: Actor, where: Prisma.SessionWhereInput, query: CollectionQuery, event?: EventAccess) {
  const include = sessionInclude(actor, query.include);
  if (event) withoutEventRoles(include, resourceOf("session"), query.include, actor);
  const [items, count] = await Promise.all([db.session.findMany({ where, ...pageArgs(query), include }), db.session.count({ where })]);
  const finished = finishSessions(items, query.include);
  // After the join rows are resolved, so that the roles land on sessions and speakers.
  if (event) withEventRoles(finished, resourceOf("session"), query.include, actor, event);
  return { items: finished, count };
}

/**
 * A page of an event's sessions as the actor sees them (see scope.ts), in a fixed number of
 * queries whatever the page size. An event the actor cannot see is NOT_FOUND.
 */
export async function findEventSessions(
  actor: Actor,
  eventIdOrIdentifier: string,
  query: CollectionQuery,
): Promise<{ items: SessionRecord[]; count: number }> {
  const event = await getEventAccess(actor, eventIdOrIdentifier);
  return page(actor, { AND: [eventSessionScope(actor, event), query.where] }, query, event);
}

/** The sessions of a speaker the actor can see (`/v1/speakers/{id}/sessions`). */
export async function findSpeakerSessions(
  actor: Actor,
  speakerId: string,
  query: CollectionQuery,
): Promise<{ items: SessionRecord[]; count: number }> {
  const speaker = await getSpeaker(actor, speakerId);
  return page(
    actor,
    { AND: [{ speakers: { some: { speakerId: speaker.id } } }, sessionScope(actor), query.where] },
    query,
  );
}

/**
 * The sessions matching `where` that the actor can see, as the session collections load them:
 * related collections such as `/v1/tracks/{id}/sessions` (lib/related) narrow `where` to the
 * parent's sessions.
 */
export async function findSessionsWhere(
  actor: Actor,
  where: Prisma.SessionWhereInput,
  query: CollectionQuery,
): Promise<{ items: SessionRecord[]; count: number }> {
  return page(actor, { AND: [where, sessionScope(actor), query.where] }, query);
}
