import { isAdmin, type Actor } from "../auth/actor";
import { db, type Tx } from "../db";
import { AppError } from "../errors";
import { getEvent } from "../events/get-event";
import type { LoadedEvent } from "../events/load";
import type { RoleName } from "../generated/prisma/client";
import { DocumentValidationError } from "../jsonapi/errors";
import type { Linkage } from "../jsonapi/serialize";
import { can, type Action } from "../permissions";
import { revokeRoleInvite } from "../role-invites/revoke-role-invite";

/**
 * An event's team as Open Event's event relationships show it: `organizers`, `coorganizers`,
 * `track-organizers`, `moderators`, `registrars` (the users holding that role), `owner` (the user
 * owning it), `roles` (its users-events-roles rows) and `role-invites` (its pending invites), at
 * `/v1/events/{id|identifier}/relationships/<name>`.
 *
 * Who is on the team is the team's business: the event's staff and admins read the member lists;
 * the rows and invites (which only those who manage roles may open) are read by those who manage
 * roles. Anyone else who sees the event gets 403 (401 when anonymous); an event they cannot see
 * is 404.
 *
 * Writes need the right to manage the event's roles (owners, organizers, admins), as the team
 * page. Removing members withdraws their role (as DELETE /v1/users-events-roles/{id}). Adding a
 * user to a role by id is for admins only: everyone else invites people by e-mail
 * (/v1/role-invites), so that nobody is put on a team without having accepted. The owner is never
 * removed (an event without an owner has nobody who may delete it); ownership moves to another
 * team member (admins: to any user) and the previous owner stays on the team as an organizer.
 */

/** The member lists: relationship name → role. */
export const TEAM_ROLE_OF = {
  organizers: "organizer",
  coorganizers: "coorganizer",
  "track-organizers": "track_organizer",
  moderators: "moderator",
  registrars: "registrar",
} as const satisfies Record<string, RoleName>;
export type TeamRoleList = keyof typeof TEAM_ROLE_OF;

/** Every team relationship of an event and the type of its linkage. */
export const TEAM_RELATIONSHIPS = {
  ...Object.fromEntries(Object.keys(TEAM_ROLE_OF).map((name) => [name, { type: "user", many: true }])),
  owner: { type: "user", many: false },
  roles: { type: "users-events-roles", many: true },
  "role-invites": { type: "role-invite", many: true },
} as Record<TeamRoleList | "owner" | "roles" | "role-invites", { type: string; many: boolean }>;
export type TeamRelationship = keyof typeof TEAM_RELATIONSHIPS;

export const isTeamRoleList = (name: string): name is TeamRoleList => name in TEAM_ROLE_OF;

export interface TeamLinkage {
  /** The event's path, naming it by id whatever the URL used. */
  self: string;
  data: Linkage | Linkage[] | null;
}

/** Live rows of live users: a withdrawn role or a deleted account is not on the team. */
const CURRENT = { deletedAt: null, user: { deletedAt: null } } as const;
const ORDER = [{ createdAt: "asc" }, { id: "asc" }] as const;

/** The event (404 when the caller may not see it) once the caller may do `action` on it (403/401 otherwise). */
async function eventFor(actor: Actor, key: string, action: Action, what: string): Promise<LoadedEvent> {
  const event = await getEvent(actor, key, "event.view");
  if (can(actor, action, event)) return event;
  if (!actor) throw new AppError("UNAUTHORIZED", `Sign in to ${what}`);
  throw new AppError("FORBIDDEN", action === "event.manage-roles" ? `Only the event's owner and organizers may ${what}` : `Only the event's team may ${what}`);
}

const readAction = (name: TeamRelationship): Action => (name === "roles" || name === "role-invites" ? "event.manage-roles" : "event.view-private");

async function roleRows(client: Tx | typeof db, eventId: number, role?: RoleName) {
  return client.usersEventsRoles.findMany({
    where: { ...CURRENT, eventId, ...(role ? { role: { name: role } } : { role: { name: { not: "attendee" } } }) },
    select: { id: true, userId: true, role: { select: { name: true } } },
    orderBy: [...ORDER],
  });
}

async function linkageOf(eventId: number, name: TeamRelationship): Promise<Linkage | Linkage[] | null> {
  if (name === "role-invites") {
    const invites = await db.roleInvite.findMany({ where: { eventId, deletedAt: null, status: "pending" }, select: { id: true }, orderBy: [...ORDER] });
    return invites.map(({ id }) => ({ type: "role-invite", id: String(id) }));
  }
  if (name === "roles") return (await roleRows(db, eventId)).map(({ id }) => ({ type: "users-events-roles", id: String(id) }));
  const rows = await roleRows(db, eventId, name === "owner" ? "owner" : TEAM_ROLE_OF[name]);
  const users = rows.map(({ userId }) => ({ type: "user", id: String(userId) }));
  return name === "owner" ? (users[0] ?? null) : users;
}

const selfOf = (event: { id: number }) => `/v1/events/${event.id}`;

/** GET `/v1/events/{id}/relationships/<name>` of a team relationship. */
export async function getTeamLinkage(actor: Actor, key: string, name: TeamRelationship): Promise<TeamLinkage> {
  const event = await eventFor(actor, key, readAction(name), "see who is on its team");
  return { self: selfOf(event), data: await linkageOf(event.id, name) };
}

/** The id of the event's owner, for `/v1/events/{id}/owner` (read as the owner relationship is). */
export async function teamOwnerId(actor: Actor, key: string): Promise<string> {
  const { data } = await getTeamLinkage(actor, key, "owner");
  if (!data || Array.isArray(data)) throw new AppError("NOT_FOUND", "This event has no owner");
  return data.id;
}

export type TeamWrite = "add" | "replace" | "remove";

/** The pointer of the first entry of the request naming `id`. */
const entry = (ids: readonly number[], id: number) => (ids.indexOf(id) >= 0 ? `/data/${ids.indexOf(id)}` : "/data");

/** The ids a write leaves (`next`), from the current ones and those sent. */
function nextIds(current: readonly number[], sent: readonly number[], write: TeamWrite): number[] {
  if (write === "add") return [...current, ...sent.filter((id) => !current.includes(id))];
  if (write === "remove") return current.filter((id) => !sent.includes(id));
  return [...new Set(sent)];
}

/** Withdraws team rows (soft delete, with a track organizer's tracks), as DELETE /v1/users-events-roles/{id}. */
async function withdraw(tx: Tx, rowIds: readonly number[]) {
  if (!rowIds.length) return;
  await tx.trackAssignment.deleteMany({ where: { usersEventsRoleId: { in: [...rowIds] } } });
  await tx.usersEventsRoles.updateMany({ where: { id: { in: [...rowIds] } }, data: { deletedAt: new Date() } });
}

/** Grants `role` to users (restoring a withdrawn row), as accepting an invite does. */
async function grant(tx: Tx, eventId: number, role: RoleName, userIds: readonly number[]) {
  const { id: roleId } = await tx.role.findUniqueOrThrow({ where: { name: role }, select: { id: true } });
  for (const userId of userIds) {
    await tx.usersEventsRoles.upsert({
      where: { userId_eventId_roleId: { userId, eventId, roleId } },
      create: { userId, eventId, roleId },
      update: { deletedAt: null },
    });
  }
}

/** 422 at each entry naming no live user. */
async function requireUsers(ids: readonly number[], sent: readonly number[]) {
  const found = new Set((await db.user.findMany({ where: { id: { in: [...ids] }, deletedAt: null }, select: { id: true } })).map(({ id }) => id));
  const issues = ids.filter((id) => !found.has(id)).map((id) => ({ detail: "There is no user with this id", pointer: `${entry(sent, id)}/id` }));
  if (issues.length) throw new DocumentValidationError(issues);
}

/**
 * POST (add), PATCH (replace) and DELETE (remove) on a to-many team relationship, then its
 * linkage. Member lists: users gain or lose that role. `roles` and `role-invites`: rows of this
 * event only; removing one withdraws the role or revokes the invite, and rows are made by
 * invites (/v1/role-invites), so an id not already there is refused at its entry.
 */
export async function writeTeamLinkage(actor: Actor, key: string, name: Exclude<TeamRelationship, "owner">, sent: readonly number[], write: TeamWrite): Promise<TeamLinkage> {
  const event = await eventFor(actor, key, "event.manage-roles", "change its team");
  const current = ((await linkageOf(event.id, name)) as Linkage[]).map(({ id }) => Number(id));
  const next = nextIds(current, sent, write);
  const added = next.filter((id) => !current.includes(id));
  const removed = current.filter((id) => !next.includes(id));

  if (name === "role-invites") {
    if (added[0] !== undefined) throw new AppError("UNPROCESSABLE", "An invite belongs to one event; invite someone with POST /v1/role-invites", { pointer: entry(sent, added[0]) });
    for (const id of removed) await revokeRoleInvite(actor, id);
  } else if (name === "roles") {
    if (added[0] !== undefined) throw new AppError("UNPROCESSABLE", "A role row belongs to one event; roles are granted by invites (POST /v1/role-invites)", { pointer: entry(sent, added[0]) });
    const rows = await roleRows(db, event.id);
    const owner = rows.find((row) => removed.includes(row.id) && row.role.name === "owner");
    if (owner) throw new AppError("FORBIDDEN", "The event's owner cannot be removed from the team", { pointer: entry(sent, owner.id) });
    await db.$transaction((tx) => withdraw(tx, removed));
  } else {
    if (added[0] !== undefined && !isAdmin(actor)) {
      throw new AppError("FORBIDDEN", "People join a team by accepting an invite: send one with POST /v1/role-invites", { pointer: entry(sent, added[0]) });
    }
    await requireUsers(added, sent);
    const role = TEAM_ROLE_OF[name];
    const rows = await roleRows(db, event.id, role);
    await db.$transaction(async (tx) => {
      await withdraw(tx, rows.filter((row) => removed.includes(row.userId)).map((row) => row.id));
      await grant(tx, event.id, role, added);
    });
  }
  return { self: selfOf(event), data: await linkageOf(event.id, name) };
}

/**
 * PATCH (and POST) on `/v1/events/{id}/relationships/owner`: hands the event to another user. The
 * owner and admins may; the new owner must already be on the team unless an admin moves it. The
 * previous owner stays on the team as an organizer. `null` (and DELETE) is refused: an event
 * always has an owner.
 */
export async function setTeamOwner(actor: Actor, key: string, userId: number | null): Promise<TeamLinkage> {
  const event = await eventFor(actor, key, "event.manage-roles", "change its owner");
  if (userId === null) throw new AppError("UNPROCESSABLE", "An event always has an owner; name the user who takes it over", { pointer: "/data" });
  const rows = await roleRows(db, event.id);
  const owners = rows.filter((row) => row.role.name === "owner");
  if (!isAdmin(actor) && !owners.some((row) => row.userId === actor?.id)) {
    throw new AppError("FORBIDDEN", "Only the event's owner may hand it over", { pointer: "/data" });
  }
  if (owners.some((row) => row.userId === userId)) return { self: selfOf(event), data: await linkageOf(event.id, "owner") };
  if (!isAdmin(actor) && !rows.some((row) => row.userId === userId)) {
    throw new AppError("UNPROCESSABLE", "The new owner must be on the event's team; invite them first", { pointer: "/data/id" });
  }
  await requireUsers([userId], []);
  await db.$transaction(async (tx) => {
    await withdraw(tx, owners.map((row) => row.id));
    await grant(tx, event.id, "organizer", owners.map((row) => row.userId));
    await grant(tx, event.id, "owner", [userId]);
  });
  return { self: selfOf(event), data: await linkageOf(event.id, "owner") };
}
