import type { Actor } from "../auth/actor";
import type { ContentDelegate, EventContentKind } from "../content/kind";
import { visibleWhere } from "../content/relationships";
import { db } from "../db";
import type { Where } from "../jsonapi/filter";
import { prismaInclude } from "../jsonapi/include";
import { eventChildScope } from "../permissions";
import type { PageQuery } from "../sessions/load";

/**
 * The content rows matching `where` that the actor may see, as the content collections load them
 * (same scope as lib/content/services.ts' reads: `content.view` on the row's event, and
 * `publicWhere` without `content.view-private`): related collections such as
 * `/v1/users-events-roles/{id}/tracks` narrow `where` to the parent's rows. It belongs beside
 * findEventContent in lib/content/services.ts and lives here only because that file was outside
 * the change that needed it.
 */
export async function findEventContentWhere(
  kind: EventContentKind,
  actor: Actor,
  where: Where,
  query: PageQuery,
): Promise<{ items: unknown[]; count: number }> {
  const scoped = { AND: [where, eventChildScope(actor, "content.view"), visibleWhere(actor, kind.publicWhere), query.where] };
  // Prisma's delegates share no callable type; the same adaptation as lib/content/services.ts.
  const delegate = (db as unknown as Record<EventContentKind["model"], ContentDelegate>)[kind.model];
  const [items, count] = await Promise.all([
    delegate.findMany({
      where: scoped,
      orderBy: query.orderBy,
      skip: (query.page.number - 1) * query.page.size,
      take: query.page.size,
      include: prismaInclude(kind.resource, query.include, actor),
    }),
    delegate.count({ where: scoped }),
  ]);
  return { items, count };
}
