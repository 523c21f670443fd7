import type { Actor } from "../auth/actor";
import { eventIdFor } from "../content/services";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { inviteInclude, LIVE, type LoadedRoleInvite } from "./access";
import { pageWindow } from "../pagination";
import type { CollectionQuery } from "../jsonapi/resource";

/**
 * An event's invites, for those who manage its roles (owners, organizers, admins); for anyone
 * else the event does not exist. Revoked invites are gone.
 */
export async function findEventRoleInvites(
  actor: Actor,
  eventIdOrIdentifier: string,
  query: CollectionQuery,
): Promise<{ items: LoadedRoleInvite[]; count: number }> {
  const eventId = await eventIdFor(actor, eventIdOrIdentifier, "event.manage-roles");
  const where: Prisma.RoleInviteWhereInput = { AND: [{ ...LIVE, eventId }, query.where as Prisma.RoleInviteWhereInput] };
  const [items, count] = await Promise.all([
    db.roleInvite.findMany({
      where,
      orderBy: query.orderBy as Prisma.RoleInviteOrderByWithRelationInput[],
      ...pageWindow(query.page),
      include: inviteInclude(actor, query.include),
    }),
    db.roleInvite.count({ where }),
  ]);
  return { items: items as LoadedRoleInvite[], count };
}
