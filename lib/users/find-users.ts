import type { Actor } from "../auth/actor";
import { requireAdminAccess } from "../auth/require-admin";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { pageWindow } from "../pagination";
import { USER_SELECT, type UserRecord } from "./load";

export type DeletedFilter = "exclude" | "only" | "include";

export interface UserListQuery {
  /** Conditions on the accounts (the admin list's filters, or an API `filter`). */
  where: Prisma.UserWhereInput;
  /** Live accounts only (the default), deleted ones only, or both. */
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
 * A page of accounts and the total, for admins only (Open Event's `is_admin`: anonymous
 * callers UNAUTHORIZED, others FORBIDDEN). A constant number of queries whatever the page size.
 */
export async function findUsers(actor: Actor, query: UserListQuery): Promise<{ items: UserRecord[]; count: number }> {
  requireAdminAccess(actor);
  const where: Prisma.UserWhereInput = { AND: [DELETED_WHERE[query.deleted ?? "exclude"], query.where] };
  const [items, count] = await Promise.all([
    db.user.findMany({ where, orderBy: query.orderBy, ...pageWindow(query.page), select: USER_SELECT }),
    db.user.count({ where }),
  ]);
  return { items, count };
}

/**
 * Whether an API filter names `deleted-at`: then it decides which accounts match (Open Event
 * lists deleted accounts to admins who ask for them), and the list does not hide deleted ones.
 */
export function filtersDeletedAt(where: unknown): boolean {
  return JSON.stringify(where).includes('"deletedAt"');
}
