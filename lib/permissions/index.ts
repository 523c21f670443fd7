import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../auth/actor";

/**
 * Permissions as data: which event roles may perform each action. Roles nest
 * (owner ⊃ organizer ⊃ coorganizer ⊃ track_organizer/moderator/registrar ⊃ attendee) and
 * platform admins may do everything. Some grants of track organizers stop at the tracks their
 * role names (`trackRoles`; the session scopes in lib/sessions/scope.ts apply them). `can` is
 * pure; the scope builders put the same rules into Prisma `where` clauses so that a foreign id
 * and a missing id both answer 404.
 */
export const EVENT_ROLES = [
  "owner",
  "organizer",
  "coorganizer",
  "track_organizer",
  "moderator",
  "registrar",
  "attendee",
] as const;
export type EventRole = (typeof EVENT_ROLES)[number];

const ORGANIZERS = ["owner", "organizer"] as const satisfies readonly EventRole[];
const CO_ORGANIZERS = [...ORGANIZERS, "coorganizer"] as const satisfies readonly EventRole[];
const STAFF = [...CO_ORGANIZERS, "track_organizer", "moderator", "registrar"] as const satisfies readonly EventRole[];
const EVERYONE_WITH_A_ROLE = [...STAFF, "attendee"] as const satisfies readonly EventRole[];

interface Rule {
  /** Event roles that may perform the action on everything of the event. */
  roles: readonly EventRole[];
  /**
   * Event roles that may perform it only on the sessions (and their speakers) of the tracks their
   * role row names (`TrackAssignment`). Event-level checks (`can`, `eventScope`) count them, as
   * they may act on part of the event; session-level checks ask `reach` and the session scopes.
   */
  trackRoles?: readonly EventRole[];
  /** Whether anyone (also anonymous) may perform it on a published, public event. */
  public?: boolean;
}

/** Roles whose grants stop at their tracks. */
const TRACK_ORGANIZERS = ["track_organizer"] as const satisfies readonly EventRole[];

export const PERMISSIONS = {
  "event.view": { roles: EVERYONE_WITH_A_ROLE, public: true },
  "event.view-private": { roles: STAFF },
  "event.update": { roles: CO_ORGANIZERS },
  "event.publish": { roles: CO_ORGANIZERS },
  "event.delete": { roles: ORGANIZERS },
  "event.export": { roles: CO_ORGANIZERS },
  "event.manage-roles": { roles: ORGANIZERS },
  "content.view": { roles: EVERYONE_WITH_A_ROLE, public: true },
  // Track organizers see the private content of the event (rooms, hidden tickets, …), but of
  // sessions and speakers only those of their tracks.
  "content.view-private": { roles: [...CO_ORGANIZERS, "moderator", "registrar"], trackRoles: TRACK_ORGANIZERS },
  "content.manage": { roles: CO_ORGANIZERS },
  "session.review": { roles: CO_ORGANIZERS, trackRoles: TRACK_ORGANIZERS },
  "session.moderate": { roles: [...CO_ORGANIZERS, "moderator"] },
  "attendee.manage": { roles: [...CO_ORGANIZERS, "registrar"] },
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof PERMISSIONS;

/** What `can` needs to know about an event, plus the actor's roles on it. */
export interface EventForPermission {
  state: "draft" | "published";
  privacy?: "public" | "private";
  deletedAt?: Date | null;
  /** The actor's roles on this event (loaded with the event through `rolesOf`). */
  actorRoles: readonly EventRole[];
}

export function can(actor: Actor, action: Action, event: EventForPermission): boolean {
  if (event.deletedAt) return false;
  if (actor && (actor.isAdmin || actor.isSuperAdmin)) return true;
  const rule: Rule = PERMISSIONS[action];
  if (rule.public && event.state === "published" && event.privacy !== "private") return true;
  if (!actor) return false;
  return reach(actor, action, event.actorRoles) !== "none";
}

/**
 * How far the actor's roles on an event carry `action`: to everything of the event, only to the
 * sessions of the tracks their role names (`trackRoles`), or nowhere. Public access does not
 * count here: this is the staff side of a decision.
 */
export type Reach = "event" | "tracks" | "none";

export function reach(actor: Actor, action: Action, roles: readonly EventRole[]): Reach {
  if (!actor) return "none";
  if (actor.isAdmin || actor.isSuperAdmin) return "event";
  const rule: Rule = PERMISSIONS[action];
  if (roles.some((role) => rule.roles.includes(role))) return "event";
  if (roles.some((role) => rule.trackRoles?.includes(role))) return "tracks";
  return "none";
}

/** Roles whose role rows name tracks (`TrackAssignment`): those some rule limits to their tracks. */
export const TRACK_SCOPED_ROLES: readonly EventRole[] = [
  ...new Set(Object.values(PERMISSIONS as Record<string, Rule>).flatMap((rule) => rule.trackRoles ?? [])),
];

/** The roles that carry `action` only to the actor's tracks. */
export function trackRolesOf(action: Action): readonly EventRole[] {
  const rule: Rule = PERMISSIONS[action];
  return rule.trackRoles ?? [];
}

/**
 * Prisma filter: events on which the actor may perform `action` (never deleted ones). With
 * `wholeEvent`, only where their roles carry it to everything of the event (not just to their
 * tracks' sessions).
 */
export function eventScope(actor: Actor, action: Action, options: { wholeEvent?: boolean } = {}): Prisma.EventWhereInput {
  const base: Prisma.EventWhereInput = { deletedAt: null };
  if (actor && (actor.isAdmin || actor.isSuperAdmin)) return base;
  const rule: Rule = PERMISSIONS[action];
  const roles = options.wholeEvent ? rule.roles : [...rule.roles, ...(rule.trackRoles ?? [])];
  const or: Prisma.EventWhereInput[] = [];
  if (rule.public) or.push({ state: "published", privacy: "public" });
  if (actor) {
    or.push({ roles: { some: { userId: actor.id, deletedAt: null, role: { name: { in: [...roles] } } } } });
  }
  if (!or.length) return { ...base, id: -1 };
  return { ...base, OR: or };
}

/** Prisma filter for rows owned by an event (sessions, speakers, …) the actor may act on. */
export function eventChildScope(actor: Actor, action: Action): { deletedAt: null; event: Prisma.EventWhereInput } {
  return { deletedAt: null, event: eventScope(actor, action) };
}

/** The `include` that loads the actor's roles together with an event. */
export function rolesOf(actor: Actor) {
  return {
    where: { userId: actor?.id ?? -1, deletedAt: null },
    select: { role: { select: { name: true } } },
  } satisfies Prisma.Event$rolesArgs;
}

export function actorRoles(event: { roles?: { role: { name: EventRole } }[] }): EventRole[] {
  return (event.roles ?? []).map((entry) => entry.role.name);
}
