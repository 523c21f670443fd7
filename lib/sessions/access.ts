import { isAdmin, type Actor } from "../auth/actor";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { eventKey } from "../events/event-key";
import { rowIdOrNotFound } from "../jsonapi/input";
import { actorRoles, eventScope, reach, rolesOf, type EventRole } from "../permissions";
import { actorStandingSelect, actorTrackIds, rolesAllow, sessionScope, trackAssignmentWhere, type LoadedRoleRow } from "./scope";
import type { SessionRecord } from "./load";
import type { Capacity } from "./states";

/**
 * What write services need to decide who may do what: the event (dates, publication) with the
 * actor's roles, and for sessions whether the actor is one of its speakers.
 */

/** A numeric path id; anything else cannot name a row, so it is NOT_FOUND like a missing one. */
export const numericId = (id: string | number, what: string): number => rowIdOrNotFound(id, what);

const EVENT_SELECT = {
  id: true,
  state: true,
  privacy: true,
  startsAt: true,
  endsAt: true,
  timezone: true,
  schedulePublishedOn: true,
  isSessionsSpeakersEnabled: true,
} as const;

export interface EventAccess {
  id: number;
  state: "draft" | "published";
  privacy: "public" | "private";
  startsAt: Date;
  endsAt: Date;
  timezone: string;
  schedulePublishedOn: Date | null;
  isSessionsSpeakersEnabled: boolean;
  actorRoles: EventRole[];
  /** The live tracks of the event the actor organizes (empty unless their reach stops at tracks). */
  actorTrackIds: number[];
}

/** Roles are only looked up for signed-in non-admins (anonymous callers have none, admins need none). */
const rolesSelect = (actor: Actor) => (actor && !isAdmin(actor) ? { roles: rolesOf(actor) } : {});

/**
 * The event (by id or identifier) if the actor may view it, else NOT_FOUND. The actor's tracks
 * take one more query, asked only of those whose reach stops at their tracks (track organizers),
 * so everyone else's lists keep their query count.
 */
export async function getEventAccess(actor: Actor, idOrIdentifier: string | number): Promise<EventAccess> {
  const event = await db.event.findFirst({
    where: { AND: [eventKey(idOrIdentifier), eventScope(actor, "event.view")] },
    select: { ...EVENT_SELECT, ...rolesSelect(actor) },
  });
  if (!event) throw notFound("Event");
  const roles = actorRoles(event as unknown as { roles?: { role: { name: EventRole } }[] });
  let trackIds: number[] = [];
  if (actor && reach(actor, "content.view-private", roles) === "tracks") {
    const rows = await db.trackAssignment.findMany({
      where: trackAssignmentWhere(actor, "content.view-private", event.id),
      select: { trackId: true },
    });
    trackIds = [...new Set(rows.map((row) => row.trackId))];
  }
  return { ...event, actorRoles: roles, actorTrackIds: trackIds };
}

/** What the actor may do to one session of an event. */
export interface SessionAbilities {
  organizer: boolean;
  /** Decides on the session: the event's reviewers, and track organizers for their tracks' sessions. */
  reviewer: boolean;
  /** The actor created the session or is one of its speakers. */
  own: boolean;
  capacities: ReadonlySet<Capacity>;
}

/**
 * `inActorTracks`: the session belongs to a track the actor organizes (`sessionInActorTracks`);
 * without it a track organizer does not review the session.
 */
export function sessionAbilities(actor: Actor, roles: readonly EventRole[], own: boolean, inActorTracks = false): SessionAbilities {
  const organizer = rolesAllow(actor, "content.manage", roles);
  const reviewing = reach(actor, "session.review", roles);
  const reviewer = organizer || reviewing === "event" || (reviewing === "tracks" && inActorTracks);
  const capacities = new Set<Capacity>();
  if (organizer) capacities.add("organizer");
  if (reviewer) capacities.add("reviewer");
  if (own || organizer) capacities.add("speaker");
  return { organizer, reviewer, own, capacities };
}

/**
 * Whether the session belongs to one of the actor's tracks, given its event loaded with
 * `actorStandingSelect` (as a session's `event` is for a signed-in caller).
 */
export function sessionInActorTracks(session: { trackId: number | null; event?: { roles?: LoadedRoleRow[] } | null }): boolean {
  return session.trackId !== null && actorTrackIds(session.event).includes(session.trackId);
}

/**
 * What the actor may do to a session as the session services load it (`SessionRecord`: its event
 * with the actor's track rows, and at least the speakers linked to the actor), given the actor's
 * roles on its event.
 */
export function loadedSessionAbilities(
  actor: Actor,
  roles: readonly EventRole[],
  session: Pick<SessionRecord, "creatorId" | "trackId" | "event" | "speakers">,
): SessionAbilities {
  const own = Boolean(actor && (session.creatorId === actor.id || (session.speakers ?? []).some((speaker) => speaker.userId === actor.id)));
  return sessionAbilities(actor, roles, own, sessionInActorTracks(session));
}

/**
 * A session the actor can see, with its event and the actor's standing; else NOT_FOUND. With
 * `event` (an id or identifier), a session of another event is NOT_FOUND too.
 */
export async function getSessionAccess(actor: Actor, id: string | number, options: { event?: string } = {}) {
  const session = await db.session.findFirst({
    where: { AND: [{ id: numericId(id, "Session") }, sessionScope(actor), options.event === undefined ? {} : { event: eventKey(options.event) }] },
    include: {
      event: { select: { ...EVENT_SELECT, ...(actor && !isAdmin(actor) ? actorStandingSelect(actor).select : {}) } },
      speakers: { where: { speaker: { deletedAt: null, userId: actor?.id ?? -1 } }, select: { speakerId: true } },
    },
  });
  if (!session) throw notFound("Session");
  const { event, speakers, ...row } = session;
  const loaded = event as unknown as { roles?: LoadedRoleRow[] };
  const roles = actorRoles(loaded);
  const trackIds = actorTrackIds(loaded);
  const own = Boolean(actor && (session.creatorId === actor.id || speakers.length > 0));
  return {
    session: row,
    event: { ...event, actorRoles: roles, actorTrackIds: trackIds } as EventAccess,
    abilities: sessionAbilities(actor, roles, own, sessionInActorTracks({ trackId: session.trackId, event: loaded })),
  };
}

/** A session with what the write services need to decide on it (`getSessionAccess`). */
export type SessionAccess = Awaited<ReturnType<typeof getSessionAccess>>;

export function requireUser(actor: Actor, detail: string): NonNullable<Actor> {
  if (!actor) throw new AppError("UNAUTHORIZED", detail);
  return actor;
}
