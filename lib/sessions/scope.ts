import { isAdmin, type Actor } from "../auth/actor";
import type { Prisma } from "../generated/prisma/client";
import { can, eventScope, PERMISSIONS, type Action, type EventRole } from "../permissions";
import { PUBLIC_SESSION_STATES } from "./states";

/**
 * Who sees which sessions and speakers, as Prisma `where` clauses (so a foreign or hidden id and
 * a missing id both answer 404, and lists never over-fetch):
 *
 * - the public (anonymous, or signed in without a role): accepted and confirmed sessions of
 *   events they may view, once the schedule is published (`schedulePublishedOn` set);
 * - the event's staff (`content.view-private`: owner … moderator, registrar) and admins:
 *   everything of the event. Track organizers review every track: the schema has no per-user
 *   track assignment, so they cannot be limited to "their" tracks;
 * - a speaker (a user linked to a Speaker row, or the session's creator): their own proposals in
 *   any state.
 */

const hasRoleFor = (action: Action, roles: readonly EventRole[]) =>
  roles.some((role) => (PERMISSIONS[action].roles as readonly EventRole[]).includes(role));

/** Whether these event roles may perform `action` (admins are checked by callers via isAdmin). */
export function rolesAllow(actor: Actor, action: Action, roles: readonly EventRole[]): boolean {
  return isAdmin(actor) || hasRoleFor(action, roles);
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
    OR: [publicSessionWhere(actor), { event: eventScope(actor, "content.view-private") }, ownSessionWhere(actor)],
  };
}

/** An event the actor may view, with their roles on it (what `getEventAccess` resolves). */
export interface ResolvedEvent {
  id: number;
  state: "draft" | "published";
  privacy: "public" | "private";
  schedulePublishedOn: Date | null;
  actorRoles: readonly EventRole[];
}

/**
 * `sessionScope` for the sessions of one event whose roles were already resolved: the same
 * rows, as plain conditions on Session instead of per-row subqueries over the event and the
 * actor's roles (staff: every live session; others: public states once the schedule is
 * published, plus their own proposals).
 */
export function eventSessionScope(actor: Actor, event: ResolvedEvent): Prisma.SessionWhereInput {
  const base = { eventId: event.id, deletedAt: null };
  if (rolesAllow(actor, "content.view-private", event.actorRoles)) return base;
  const or: Prisma.SessionWhereInput[] = [];
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
 * the co-speakers of their own proposals, and everything for staff.
 */
export function speakerScope(actor: Actor): Prisma.SpeakerWhereInput {
  if (isAdmin(actor)) return { deletedAt: null, event: { deletedAt: null } };
  const or: Prisma.SpeakerWhereInput[] = [{ sessions: { some: { session: publicSessionWhere(actor) } } }];
  if (actor) {
    or.push(
      { event: eventScope(actor, "content.view-private") },
      { userId: actor.id, event: { deletedAt: null } },
      { sessions: { some: { session: ownSessionWhere(actor) } } },
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
