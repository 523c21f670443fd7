import type { Actor } from "../auth/actor";
import { isAdmin } from "../auth/actor";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import type { RoleName } from "../generated/prisma/enums";
import { rowIdOrNotFound } from "../jsonapi/input";
import { resourceOf } from "../jsonapi/registry";
import type { CollectionQuery } from "../jsonapi/resource";
import { findUserSpeakers } from "../speakers/find-speakers";

/**
 * Open Event's collections of a user: `/v1/users/{id}/events` (every event they hold a role on),
 * `/owner-events`, `/organizer-events`, `/coorganizer-events`, `/track-organizer-events`,
 * `/registrar-events`, `/moderator-events` (those of one role), `/sessions` (the sessions they
 * proposed) and `/speakers` (their speaker profiles). Which of your events you work on is your
 * own business: the user themself and admins read them; anyone else gets the 404 of a user they
 * may not see (anonymous: 401). The rows are then read by the event, session and speaker
 * collections' own services, so each lists no more than the caller may see there (a withdrawn
 * role or a deleted event is not listed).
 */

export const USER_EVENT_LISTS = {
  events: undefined,
  "owner-events": "owner",
  "organizer-events": "organizer",
  "coorganizer-events": "coorganizer",
  "track-organizer-events": "track_organizer",
  "registrar-events": "registrar",
  "moderator-events": "moderator",
} as const satisfies Record<string, RoleName | undefined>;
export type UserEventList = keyof typeof USER_EVENT_LISTS;

/** The user of the URL, when the caller may read their collections. */
async function ownUser(actor: Actor, id: string): Promise<number> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Sign in to see a user's events, sessions and speaker profiles");
  const userId = rowIdOrNotFound(id, "User");
  if (actor.id !== userId && !isAdmin(actor)) throw notFound("User");
  if (!(await db.user.findFirst({ where: { id: userId, deletedAt: null }, select: { id: true } }))) throw notFound("User");
  return userId;
}

export async function findUserEventList(actor: Actor, id: string, list: UserEventList, query: CollectionQuery) {
  const userId = await ownUser(actor, id);
  const role: RoleName | undefined = USER_EVENT_LISTS[list];
  const find = resourceOf("event").find!;
  return find(actor, { roles: { some: { userId, deletedAt: null, ...(role ? { role: { name: role } } : {}) } } }, query);
}

export async function findUserSessions(actor: Actor, id: string, query: CollectionQuery) {
  const userId = await ownUser(actor, id);
  return resourceOf("session").find!(actor, { creatorId: userId, deletedAt: null }, query);
}

export async function findSpeakerProfiles(actor: Actor, id: string, query: CollectionQuery) {
  return findUserSpeakers(actor, await ownUser(actor, id), query);
}
