import type { Actor } from "../auth/actor";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { requireAdmin } from "../message-settings/access";
import { USER_LIST_SELECT, type UserListItem } from "./profile-select";

export type DeletedFilter = "exclude" | "only" | "include";

export interface UserListQuery {
  /** Conditions on the accounts (the admin list's filters, or an API `filter`). */
  where: Prisma.UserWhereInput;
  /** Live accounts only (the default), deleted ones only (Open Event's `get_trashed` with a `deleted-at` filter), or both. */
  deleted?: DeletedFilter;
  orderBy: Prisma.UserOrderByWithRelationInput[];
  page: { size: number; number: number };
}

const DELETED_WHERE: Record<DeletedFilter, Prisma.UserWhereInput> = {
  exclude: { deletedAt: null },
  only: { deletedAt: { not: null } },
  include: {},
};

/**
 * A page of accounts and the total, for admins only (anonymous callers UNAUTHORIZED, others
 * NOT_FOUND, as the rest of the admin area). Two queries, whatever the page size.
 */
export async function findUsers(actor: Actor, query: UserListQuery): Promise<{ items: UserListItem[]; count: number }> {
  requireAdmin(actor);
  const where: Prisma.UserWhereInput = { AND: [DELETED_WHERE[query.deleted ?? "exclude"], query.where] };
  const [items, count] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: query.orderBy,
      skip: (query.page.number - 1) * query.page.size,
      take: query.page.size,
      select: USER_LIST_SELECT,
    }),
    db.user.count({ where }),
  ]);
  return { items, count };
}
