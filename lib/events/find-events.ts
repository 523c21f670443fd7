import { isAdmin, type Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import type { OrderBy } from "../jsonapi/query";
import { liveRows } from "../jsonapi/resource";
import { eventInclude, withActorRoles, type LoadedEvent, type LoadOptions } from "./load";
import { pageWindow } from "../pagination";
import { eventScope } from "../permissions";

export interface FindEventsQuery extends LoadOptions {
  /** Only events on which the actor holds a role (the organizer's "my events"). */
  mine?: boolean;
  /** Further conditions (the request's `filter`), on top of what the actor may see. */
  where?: Prisma.EventWhereInput | Record<string, unknown>;
  orderBy?: OrderBy;
  page?: { size: number; number: number };
  /** Deleted events too (`get_trashed=true`, admins). */
  trashed?: boolean;
  /**
   * Every event the actor may view (their own drafts too), not only the public listing: the
   * events of a topic or type (`/v1/event-types/{id}/events`).
   */
  viewable?: boolean;
}

const DEFAULT_ORDER: OrderBy = [{ startsAt: "asc" }, { id: "asc" }];

/**
 * A page of events and the total count. Everyone sees published public events; admins see
 * every event; `mine` lists the events the actor has a role on, drafts included.
 */
export async function findEvents(
  actor: Actor,
  query: FindEventsQuery = {},
): Promise<{ items: LoadedEvent[]; count: number }> {
  let scope: Prisma.EventWhereInput;
  if (query.viewable) {
    scope = eventScope(actor, "event.view");
  } else if (query.mine) {
    if (!actor) throw new AppError("UNAUTHORIZED", "Sign in to list your events");
    scope = { deletedAt: null, roles: { some: { userId: actor.id, deletedAt: null } } };
  } else {
    scope = isAdmin(actor) ? liveRows(query) : { deletedAt: null, state: "published", privacy: "public" };
  }
  const where: Prisma.EventWhereInput = { AND: [scope, query.where ?? {}] };
  const page = query.page ?? { size: 20, number: 1 };
  const [items, count] = await Promise.all([
    db.event.findMany({
      where,
      orderBy: (query.orderBy ?? DEFAULT_ORDER) as Prisma.EventOrderByWithRelationInput[],
      ...pageWindow(page),
      include: eventInclude(actor, query.include),
    }),
    db.event.count({ where }),
  ]);
  return { items: items.map(withActorRoles), count };
}
