import { isAdmin, type Actor } from "../auth/actor";
import { Prisma } from "../generated/prisma/client";
import { can, eventScope, reach, trackRolesOf, type Action, type EventRole } from "../permissions";
import { PUBLIC_SESSION_STATES } from "./states";

/**
 * Who sees which sessions and speakers, as Prisma `where` clauses (so a foreign or hidden id and
 * a missing id both answer 404, and lists never over-fetch):
 *
 * - the public (anonymous, or signed in without a role): accepted and confirmed sessions of
 *   events they may view, once the schedule is published (`schedulePublishedOn` set);
 * - the event's staff (`content.view-private` for the whole event: owner, organizer,
 *   coorganizer, moderator, registrar) and admins: everything of the event;
 * - a track organizer: the sessions of the live tracks their role row names (`TrackAssignment`),
 *   and the speakers of those sessions; a session of another track or without a track is theirs
 *   only as far as the public or its speakers see it;
 * - a speaker (a user linked to a Speaker row, or the session's creator): their own proposals in
 *   any state.
 */

/** Whether these event roles carry `action` to everything of the event (admins always). */
export function rolesAllow(actor: Actor, action: Action, roles: readonly EventRole[]): boolean {
  return reach(actor, action, roles) === "event";
}

/** Live role rows of the actor whose `action` stops at their tracks. */
const trackRoleRows = (actor: NonNullable<Actor>, action: Action): Prisma.UsersEventsRolesWhereInput => ({
  userId: actor.id,
  deletedAt: null,
  role: { name: { in: [...trackRolesOf(action)] } },
});

/** Sessions of the live tracks that the actor's track-scoped roles for `action` name. */
export function trackSessionWhere(actor: NonNullable<Actor>, action: Action): Prisma.SessionWhereInput {
  return {
    deletedAt: null,
    event: { deletedAt: null },
    track: { deletedAt: null, assignments: { some: { usersEventsRole: trackRoleRows(actor, action) } } },
  };
}

/** The actor's assignments to live tracks of one event for `action` (how `getEventAccess` resolves a list's tracks). */
export function trackAssignmentWhere(actor: NonNullable<Actor>, action: Action, eventId: number): Prisma.TrackAssignmentWhereInput {
  return { eventId, track: { deletedAt: null }, usersEventsRole: trackRoleRows(actor, action) };
}

/** An event's role rows of the actor as `actorRolesSelect`/`actorStandingSelect` load them. */
export interface LoadedRoleRow {
  role: { name: EventRole };
  /** With `actorStandingSelect`: the live tracks the row names (track organizers only). */
  tracks?: { trackId: number }[];
}

/** The track ids the actor's role rows name (loaded with `actorStandingSelect`). */
export function actorTrackIds(event: { roles?: LoadedRoleRow[] } | null | undefined): number[] {
  return (event?.roles ?? []).flatMap((row) => (row.tracks ?? []).map((track) => track.trackId));
}

/**
 * Whether the actor's roles carry `action` to one session of the event: everything of the
 * event, or a session of one of their tracks (`trackIds`) when their reach stops at tracks.
 */
export function reachesSession(
  actor: Actor,
  action: Action,
  roles: readonly EventRole[],
  trackIds: readonly number[],
  trackId: number | null,
): boolean {
  const reached = reach(actor, action, roles);
  return reached === "event" || (reached === "tracks" && trackId !== null && trackIds.includes(trackId));
}

/**
 * `publicSessionWhere(null)` as SQL, for statements sent straight to the pool: a session
 * `session` joined to its event `event` (their aliases) that anyone may see. Kept in agreement
 * with the Prisma filter by scope.test.ts.
 */
export function publicSessionSql(session: string, event: string): Prisma.Sql {
  const s = Prisma.raw(`"${session}"`);
  const e = Prisma.raw(`"${event}"`);
  return Prisma.sql`${s}."deletedAt" IS NULL AND ${s}.state::text = ANY(${[...PUBLIC_SESSION_STATES]}::text[])
    AND ${e}."deletedAt" IS NULL AND ${e}.state::text = 'published' AND ${e}.privacy::text = 'public' AND ${e}."schedulePublishedOn" IS NOT NULL`;
}

/** Sessions everyone who may view the event sees. */
export function publicSessionWhere(actor: Actor): Prisma.SessionWhereInput {
  return {
    deletedAt: null,
    state: { in: [...PUBLIC_SESSION_STATES] },
    event: { ...eventScope(actor, "content.view"), schedulePublishedOn: { not: null } },
  };
}

/** The actor's own proposals: created by them or naming a speaker profile linked to them. */
export function ownSessionWhere(actor: NonNullable<Actor>): Prisma.SessionWhereInput {
  return {
    deletedAt: null,
    event: { deletedAt: null },
    OR: [{ creatorId: actor.id }, { speakers: { some: { speaker: { userId: actor.id, deletedAt: null } } } }],
  };
}

/** Every session the actor may see. */
export function sessionScope(actor: Actor): Prisma.SessionWhereInput {
  if (isAdmin(actor)) return { deletedAt: null, event: { deletedAt: null } };
  if (!actor) return publicSessionWhere(actor);
  return {
    deletedAt: null,
    OR: [
      publicSessionWhere(actor),
      { event: eventScope(actor, "content.view-private", { wholeEvent: true }) },
      trackSessionWhere(actor, "content.view-private"),
      ownSessionWhere(actor),
    ],
  };
}

/** An event the actor may view, with their roles on it (what `getEventAccess` resolves). */
export interface ResolvedEvent {
  id: number;
  state: "draft" | "published";
  privacy: "public" | "private";
  schedulePublishedOn: Date | null;
  actorRoles: readonly EventRole[];
  /** The live tracks of the event that the actor organizes (empty unless their reach stops at tracks). */
  actorTrackIds: readonly number[];
}

/**
 * `sessionScope` for the sessions of one event whose roles were already resolved: the same
 * rows, as plain conditions on Session instead of per-row subqueries over the event and the
 * actor's roles (staff: every live session; track organizers: those of their tracks; others:
 * public states once the schedule is published, plus their own proposals).
 */
export function eventSessionScope(actor: Actor, event: ResolvedEvent): Prisma.SessionWhereInput {
  const base = { eventId: event.id, deletedAt: null };
  const viewing = reach(actor, "content.view-private", event.actorRoles);
  if (viewing === "event") return base;
  const or: Prisma.SessionWhereInput[] = [];
  if (viewing === "tracks" && event.actorTrackIds.length) or.push({ trackId: { in: [...event.actorTrackIds] } });
  if (event.schedulePublishedOn && can(actor, "content.view", { ...event, actorRoles: [...event.actorRoles] })) {
    or.push({ state: { in: [...PUBLIC_SESSION_STATES] } });
  }
  if (actor) {
    or.push({ creatorId: actor.id }, { speakers: { some: { speaker: { userId: actor.id, deletedAt: null } } } });
  }
  if (!or.length) return { ...base, id: -1 };
  return { ...base, ...(or.length === 1 ? (or[0] as Prisma.SessionWhereInput) : { OR: or }) };
}

/** `speakerScope` for the speakers of one event whose roles were already resolved (see eventSessionScope). */
export function eventSpeakerScope(actor: Actor, event: ResolvedEvent): Prisma.SpeakerWhereInput {
  const base = { eventId: event.id, deletedAt: null };
  if (rolesAllow(actor, "content.view-private", event.actorRoles)) return base;
  const or: Prisma.SpeakerWhereInput[] = [{ sessions: { some: { session: eventSessionScope(actor, event) } } }];
  if (actor) or.push({ userId: actor.id });
  return { ...base, OR: or };
}

/**
 * Every speaker the actor may see: speakers of sessions they see publicly, their own profile,
 * the co-speakers of their own proposals, the speakers of a track organizer's tracks, and
 * everything for staff.
 */
export function speakerScope(actor: Actor): Prisma.SpeakerWhereInput {
  if (isAdmin(actor)) return { deletedAt: null, event: { deletedAt: null } };
  const or: Prisma.SpeakerWhereInput[] = [{ sessions: { some: { session: publicSessionWhere(actor) } } }];
  if (actor) {
    or.push(
      { event: eventScope(actor, "content.view-private", { wholeEvent: true }) },
      { userId: actor.id, event: { deletedAt: null } },
      { sessions: { some: { session: ownSessionWhere(actor) } } },
      { sessions: { some: { session: trackSessionWhere(actor, "content.view-private") } } },
    );
  }
  return { deletedAt: null, OR: or };
}

/** The `select` of the actor's roles on an event, for audience decisions on loaded rows. */
export function actorRolesSelect(actor: NonNullable<Actor>) {
  return {
    select: { roles: { where: { userId: actor.id, deletedAt: null }, select: { role: { select: { name: true } } } } },
  } as const;
}

/**
 * `actorRolesSelect` plus the live tracks each role row names, for decisions on one session
 * (a track organizer's reach depends on the session's track). One query more than the roles.
 */
export function actorStandingSelect(actor: NonNullable<Actor>) {
  return {
    select: {
      roles: {
        where: { userId: actor.id, deletedAt: null },
        select: { role: { select: { name: true } }, tracks: { where: { track: { deletedAt: null } }, select: { trackId: true } } },
      },
    },
  } as const;
}

/** The Prisma include argument of a to-many relationship to sessions, scoped to what the actor sees. */
export function sessionsRelationLoad(nested: Record<string, unknown> | undefined, actor: Actor) {
  return { where: sessionScope(actor), orderBy: [{ startsAt: "asc" }, { title: "asc" }, { id: "asc" }], ...(nested ? { include: nested } : {}) };
}

/** The Prisma include argument of a to-many relationship to speakers, scoped to what the actor sees. */
export function speakersRelationLoad(nested: Record<string, unknown> | undefined, actor: Actor) {
  return { where: speakerScope(actor), orderBy: [{ name: "asc" }, { id: "asc" }], ...(nested ? { include: nested } : {}) };
}
