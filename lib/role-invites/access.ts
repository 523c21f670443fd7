import type { EventRecord } from "../events/load";
import { isAdmin, type Actor } from "../auth/actor";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import type { Prisma, Role, RoleInvite } from "../generated/prisma/client";
import { parseRowId } from "../jsonapi/input";
import { resourceOf } from "../jsonapi/registry";
import { prismaInclude } from "../jsonapi/include";
import type { IncludeTree } from "../jsonapi/resource";
import { actorRoles, can } from "../permissions";

/**
 * Who may see an invite, and as what. Two audiences exist: those who manage the event's roles
 * (owners, organizers, admins) and the invitee — a signed-in user whose address equals the
 * invite's. Everyone else gets the same 404 as for a missing id.
 */

/** An invite as services load it (see the declaration, resource.ts). */
export interface RoleInviteRecord extends RoleInvite {
  role: Role;
}

export interface LoadedRoleInvite extends RoleInviteRecord {
  event: EventRecord;
}

export interface InviteAccess {
  invite: LoadedRoleInvite;
  /** The actor is the invited person (only they may accept or decline). */
  isInvitee: boolean;
  /** The actor manages the event's roles (may change the role or revoke). */
  canManage: boolean;
}

/** A row id, or -1 (no row) for anything that cannot be one. */
export const parseId = (id: string | number) => parseRowId(typeof id === "number" ? id : String(id)) ?? -1;

export const sameEmail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The invite's event is always loaded (with the actor's roles, through the event resource's base
 * include) because access depends on it; `tree` adds what the response includes.
 */
export function inviteInclude(actor: Actor, tree: IncludeTree = {}): Prisma.RoleInviteInclude {
  return prismaInclude(resourceOf("role-invite"), { ...tree, event: tree.event ?? {} }, actor) as Prisma.RoleInviteInclude;
}

/** Live invites of live events: a revoked invite or a deleted event's invite does not exist. */
export const LIVE = { deletedAt: null, event: { deletedAt: null } } satisfies Prisma.RoleInviteWhereInput;

/**
 * Whether `actor` is the invitee of an invite to `email`. An unconfirmed account does not count:
 * anyone can sign up with someone else's address, and without this check they could accept that
 * person's invite by id. (Accepting through the e-mailed link proves the address instead.)
 */
export async function isInviteeOf(actor: Actor, email: string): Promise<boolean> {
  if (!actor || !sameEmail(actor.email, email)) return false;
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { isVerified: true } });
  return Boolean(user?.isVerified);
}

export async function loadInviteAccess(actor: Actor, id: string | number, tree: IncludeTree = {}): Promise<InviteAccess> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Authentication required");
  const invite = (await db.roleInvite.findFirst({
    where: { ...LIVE, id: parseId(id) },
    include: inviteInclude(actor, tree),
  })) as LoadedRoleInvite | null;
  if (!invite) throw notFound("Role invite");
  const canManage = isAdmin(actor) || can(actor, "event.manage-roles", { ...invite.event, actorRoles: actorRoles(invite.event) });
  const isInvitee = await isInviteeOf(actor, invite.email);
  if (!canManage && !isInvitee) throw notFound("Role invite");
  return { invite, isInvitee, canManage };
}
