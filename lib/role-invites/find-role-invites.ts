import type { Actor } from "../auth/actor";
import { eventIdFor } from "../content/services";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { ParsedQuery } from "../jsonapi/query";
import { inviteInclude, LIVE, type LoadedRoleInvite } from "./access";

/**
 * An event's invites, for those who manage its roles (owners, organizers, admins); for anyone
 * else the event does not exist. Revoked invites are gone.
 */
export async function findEventRoleInvites(
  actor: Actor,
  eventIdOrIdentifier: string,
  query: Pick<ParsedQuery, "where" | "orderBy" | "page" | "include">,
): Promise<{ items: LoadedRoleInvite[]; count: number }> {
  const eventId = await eventIdFor(actor, eventIdOrIdentifier, "event.manage-roles");
  const where: Prisma.RoleInviteWhereInput = { AND: [{ ...LIVE, eventId }, query.where as Prisma.RoleInviteWhereInput] };
  const [items, count] = await Promise.all([
    db.roleInvite.findMany({
      where,
      orderBy: query.orderBy as Prisma.RoleInviteOrderByWithRelationInput[],
      skip: (query.page.number - 1) * query.page.size,
      take: query.page.size,
      include: inviteInclude(actor, query.include),
    }),
    db.roleInvite.count({ where }),
  ]);
  return { items: items as LoadedRoleInvite[], count };
}
