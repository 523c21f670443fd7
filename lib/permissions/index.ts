import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../auth/actor";

/**
 * Permissions as data: which event roles may perform each action. Roles nest
 * (owner ⊃ organizer ⊃ coorganizer ⊃ track_organizer/moderator/registrar ⊃ attendee) and
 * platform admins may do everything. `can` is pure; the scope builders put the same rules into
 * Prisma `where` clauses so that a foreign id and a missing id both answer 404.
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
  /** Event roles that may perform the action. */
  roles: readonly EventRole[];
  /** Whether anyone (also anonymous) may perform it on a published, public event. */
  public?: boolean;
}

export const PERMISSIONS = {
  "event.view": { roles: EVERYONE_WITH_A_ROLE, public: true },
  "event.view-private": { roles: STAFF },
  "event.update": { roles: CO_ORGANIZERS },
  "event.publish": { roles: CO_ORGANIZERS },
  "event.delete": { roles: ORGANIZERS },
  "event.export": { roles: CO_ORGANIZERS },
  "event.manage-roles": { roles: ORGANIZERS },
  "content.view": { roles: EVERYONE_WITH_A_ROLE, public: true },
  "content.view-private": { roles: STAFF },
  "content.manage": { roles: CO_ORGANIZERS },
  "session.review": { roles: [...CO_ORGANIZERS, "track_organizer"] },
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
  return event.actorRoles.some((role) => rule.roles.includes(role));
}

/** Prisma filter: events on which the actor may perform `action` (never deleted ones). */
export function eventScope(actor: Actor, action: Action): Prisma.EventWhereInput {
  const base: Prisma.EventWhereInput = { deletedAt: null };
  if (actor && (actor.isAdmin || actor.isSuperAdmin)) return base;
  const rule: Rule = PERMISSIONS[action];
  const or: Prisma.EventWhereInput[] = [];
  if (rule.public) or.push({ state: "published", privacy: "public" });
  if (actor) {
    or.push({ roles: { some: { userId: actor.id, deletedAt: null, role: { name: { in: [...rule.roles] } } } } });
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
