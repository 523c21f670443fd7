import { isAdmin, type Actor } from "../auth/actor";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { getEventAccess, type EventAccess } from "../sessions/access";
import { pageArgs, withEventRoles, withoutEventRoles } from "../sessions/load";
import { getSession } from "../sessions/get-session";
import { eventSpeakerScope, speakerScope } from "../sessions/scope";
import { resourceOf } from "../jsonapi/registry";
import { finishSpeakers, speakerInclude, type SpeakerRecord } from "./load";
import type { CollectionQuery } from "../jsonapi/resource";

/** A page and the total; `event` when every row belongs to that event (its roles are then not looked up again). */
async function page(actor: Actor, where: Prisma.SpeakerWhereInput, query: CollectionQuery, event?: EventAccess) {
  const include = speakerInclude(actor, query.include);
  if (event) withoutEventRoles(include, resourceOf("speaker"), query.include, actor);
  const [items, count] = await Promise.all([db.speaker.findMany({ where, ...pageArgs(query), include }), db.speaker.count({ where })]);
  const finished = finishSpeakers(items, query.include);
  // After the join rows are resolved, so that the roles land on sessions and speakers.
  if (event) withEventRoles(finished, resourceOf("speaker"), query.include, actor, event);
  return { items: finished, count };
}

/**
 * A page of an event's speakers as the actor sees them: the public only those with an accepted
 * or confirmed session on a published schedule (scope.ts).
 */
export async function findEventSpeakers(
  actor: Actor,
  eventIdOrIdentifier: string,
  query: CollectionQuery,
): Promise<{ items: SpeakerRecord[]; count: number }> {
  const event = await getEventAccess(actor, eventIdOrIdentifier);
  const scope = query.trashed && isAdmin(actor) ? { eventId: event.id } : eventSpeakerScope(actor, event);
  return page(actor, { AND: [scope, query.where] }, query, event);
}

/**
 * The speakers of a session the actor can see (`/v1/sessions/{id}/speakers`). Every live
 * speaker of a visible session is visible (scope.ts), so no further scope is needed.
 */
export async function findSessionSpeakers(
  actor: Actor,
  sessionId: string,
  query: CollectionQuery,
): Promise<{ items: SpeakerRecord[]; count: number }> {
  const session = await getSession(actor, sessionId);
  return page(
    actor,
    { AND: [{ deletedAt: null, sessions: { some: { sessionId: session.id } } }, query.where] },
    query,
  );
}

/**
 * A user's speaker profiles across events (`/v1/users/{id}/speakers`) that the actor may see
 * (lib/users/user-collections.ts decides who may ask): deleted ones and those of deleted events
 * are left out.
 */
export async function findUserSpeakers(actor: Actor, userId: number, query: CollectionQuery): Promise<{ items: SpeakerRecord[]; count: number }> {
  return page(actor, { AND: [{ userId, deletedAt: null }, speakerScope(actor), query.where ?? {}] }, query);
}
