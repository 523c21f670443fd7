import type { Actor } from "../auth/actor";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { ParsedQuery } from "../jsonapi/query";
import { prismaInclude } from "../jsonapi/resource";
import { eventTopicResource } from "./resources";

/** Event topics are public reference data: a page of the non-deleted ones. */
export async function findEventTopics(actor: Actor, query: Pick<ParsedQuery, "where" | "orderBy" | "page" | "include">) {
  const where: Prisma.EventTopicWhereInput = { AND: [{ deletedAt: null }, query.where] };
  const [items, count] = await Promise.all([
    db.eventTopic.findMany({
      where,
      orderBy: query.orderBy as Prisma.EventTopicOrderByWithRelationInput[],
      skip: (query.page.number - 1) * query.page.size,
      take: query.page.size,
      include: prismaInclude(eventTopicResource, query.include, actor) as Prisma.EventTopicInclude,
    }),
    db.eventTopic.count({ where }),
  ]);
  return { items, count };
}
