import type { Actor } from "../auth/actor";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { requireAdmin } from "../message-settings/access";
import { ADMIN_EVENT_LIST_PAGE_SIZE, ADMIN_EVENT_SORTS, adminEventListWhere, type AdminEventListFilters } from "./admin-events-query";

const adminEventSelect = {
  id: true,
  identifier: true,
  name: true,
  state: true,
  privacy: true,
  startsAt: true,
  endsAt: true,
  timezone: true,
  createdAt: true,
  deletedAt: true,
  eventTopic: { select: { id: true, name: true } },
  eventType: { select: { id: true, name: true } },
  // The owners, so that an admin sees whom to ask; deleted accounts included (they still own it).
  roles: {
    where: { deletedAt: null, role: { name: "owner" } },
    orderBy: { id: "asc" },
    select: { user: { select: { id: true, email: true, deletedAt: true } } },
  },
} satisfies Prisma.EventSelect;

export type AdminEventItem = Prisma.EventGetPayload<{ select: typeof adminEventSelect }>;

/**
 * Every event of the platform for the admin list: drafts, published, past and (on request)
 * deleted ones, with search, filters, sort and pages (admin-events-query.ts). Admins only:
 * anonymous callers UNAUTHORIZED, others NOT_FOUND.
 */
export async function findAdminEvents(
  actor: Actor,
  filters: AdminEventListFilters,
  now: Date = new Date(),
): Promise<{ items: AdminEventItem[]; count: number; page: number; pageSize: number }> {
  requireAdmin(actor);
  const where = adminEventListWhere(filters, now);
  const [items, count] = await Promise.all([
    db.event.findMany({
      where,
      orderBy: ADMIN_EVENT_SORTS[filters.sort] as unknown as Prisma.EventOrderByWithRelationInput[],
      skip: (filters.page - 1) * ADMIN_EVENT_LIST_PAGE_SIZE,
      take: ADMIN_EVENT_LIST_PAGE_SIZE,
      select: adminEventSelect,
    }),
    db.event.count({ where }),
  ]);
  return { items, count, page: filters.page, pageSize: ADMIN_EVENT_LIST_PAGE_SIZE };
}
