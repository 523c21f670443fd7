import type { Actor } from "../auth/actor";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { ParsedQuery } from "../jsonapi/query";
import { prismaInclude } from "../jsonapi/resource";
import { eventTypeResource } from "./resources";

/** Event types are public reference data: a page of the non-deleted ones. */
export async function findEventTypes(actor: Actor, query: Pick<ParsedQuery, "where" | "orderBy" | "page" | "include">) {
  const where: Prisma.EventTypeWhereInput = { AND: [{ deletedAt: null }, query.where] };
  const [items, count] = await Promise.all([
    db.eventType.findMany({
      where,
      orderBy: query.orderBy as Prisma.EventTypeOrderByWithRelationInput[],
      skip: (query.page.number - 1) * query.page.size,
      take: query.page.size,
      include: prismaInclude(eventTypeResource, query.include, actor) as Prisma.EventTypeInclude,
    }),
    db.eventType.count({ where }),
  ]);
  return { items, count };
}
