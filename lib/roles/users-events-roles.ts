import type { Actor } from "../auth/actor";
import { eventIdFor } from "../content/services";
import { db } from "../db";
import { notFound } from "../errors";
import type { Prisma, Role, UsersEventsRoles } from "../generated/prisma/client";
import { parseRowId } from "../jsonapi/input";
import { resourceOf } from "../jsonapi/registry";
import { prismaInclude, resolveThrough } from "../jsonapi/include";
import type { CollectionQuery, IncludeTree } from "../jsonapi/resource";
import { eventScope } from "../permissions";
import { pageWindow } from "../pagination";

/**
 * Who holds which role on an event. Only those who manage the event's roles (owners,
 * organizers) and admins see it; for everyone else the event or the row does not exist (404).
 */

/** A team row as services load it (see the declaration, resource.ts). */
export interface UsersEventsRolesRecord extends UsersEventsRoles {
  role: Role;
}

const include = (actor: Actor, tree: IncludeTree) =>
  prismaInclude(resourceOf("users-events-roles"), tree, actor) as Prisma.UsersEventsRolesInclude;

/** Rows of deleted users or withdrawn roles are not part of the team. */
const CURRENT = { deletedAt: null, user: { deletedAt: null } } satisfies Prisma.UsersEventsRolesWhereInput;

export async function findUsersEventsRoles(
  actor: Actor,
  eventIdOrIdentifier: string,
  query: CollectionQuery,
): Promise<{ items: UsersEventsRolesRecord[]; count: number }> {
  const eventId = await eventIdFor(actor, eventIdOrIdentifier, "event.manage-roles");
  const where: Prisma.UsersEventsRolesWhereInput = { AND: [{ ...CURRENT, eventId }, query.where] };
  const [items, count] = await Promise.all([
    db.usersEventsRoles.findMany({
      where,
      orderBy: query.orderBy as Prisma.UsersEventsRolesOrderByWithRelationInput[],
      ...pageWindow(query.page),
      include: include(actor, query.include),
    }),
    db.usersEventsRoles.count({ where }),
  ]);
  return { items: [...resolveThrough(resourceOf("users-events-roles"), items, query.include)] as UsersEventsRolesRecord[], count };
}

export async function getUsersEventsRole(actor: Actor, id: string, tree: IncludeTree = {}): Promise<UsersEventsRolesRecord> {
  const rowId = parseRowId(id) ?? -1;
  const row = await db.usersEventsRoles.findFirst({
    where: { ...CURRENT, id: rowId, event: eventScope(actor, "event.manage-roles") },
    include: include(actor, tree),
  });
  if (!row) throw notFound("Role");
  return resolveThrough(resourceOf("users-events-roles"), [row], tree)[0] as UsersEventsRolesRecord;
}
