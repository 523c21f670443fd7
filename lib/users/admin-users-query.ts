import type { Prisma } from "../generated/prisma/client";
import { choiceParam, listSearch, pageParam, textParam, type ListParams } from "../list-params";
import { USER_CATEGORIES, userCategoryWhere, type UserCategory } from "./categories";
import type { DeletedFilter, UserListQuery } from "./find-users";

/**
 * The admin users list's filters, read from the page's URL (shareable, server-rendered);
 * anything malformed is ignored. Names follow Open Event's attributes: `is-admin`,
 * `is-verified`, `deleted` (`only`: deleted accounts, `include`: all), and `role`: the kinds of
 * the admin statistics (lib/users/categories.ts), whose numbers link here.
 */

export const USER_LIST_PAGE_SIZE = 25;

export const USER_SORTS = {
  "-created-at": [{ createdAt: "desc" }, { id: "desc" }],
  "created-at": [{ createdAt: "asc" }, { id: "asc" }],
  email: [{ email: "asc" }, { id: "asc" }],
  "-email": [{ email: "desc" }, { id: "desc" }],
  name: [{ lastName: { sort: "asc", nulls: "last" } }, { firstName: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  "-name": [{ lastName: { sort: "desc", nulls: "last" } }, { firstName: { sort: "desc", nulls: "last" } }, { id: "desc" }],
  "-last-accessed-at": [{ lastAccessedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
} as const satisfies Record<string, Prisma.UserOrderByWithRelationInput[]>;
export type UserSort = keyof typeof USER_SORTS;
export const DEFAULT_USER_SORT: UserSort = "-created-at";
const USER_SORT_NAMES = Object.keys(USER_SORTS) as UserSort[];

export interface UserListFilters {
  /** Matches the e-mail address or a name (first, last, public). */
  q: string;
  role: UserCategory | null;
  isAdmin: boolean | null;
  isVerified: boolean | null;
  deleted: DeletedFilter;
  sort: UserSort;
  page: number;
}

const flag = (params: ListParams, name: string): boolean | null => {
  const value = choiceParam(params, name, ["true", "false"]);
  return value === null ? null : value === "true";
};

export function parseUserListParams(params: ListParams): UserListFilters {
  return {
    q: textParam(params),
    role: choiceParam(params, "role", USER_CATEGORIES),
    isAdmin: flag(params, "is-admin"),
    isVerified: flag(params, "is-verified"),
    deleted: choiceParam(params, "deleted", ["only", "include"]) ?? "exclude",
    sort: choiceParam(params, "sort", USER_SORT_NAMES) ?? DEFAULT_USER_SORT,
    page: pageParam(params),
  };
}

/** The filters back as search params (defaults left out), e.g. for pagination and sort links. */
export function userListSearch(filters: Partial<UserListFilters>, page = filters.page ?? 1): string {
  const { q, role, isAdmin, isVerified, deleted, sort } = filters;
  return listSearch(
    { q, role, "is-admin": isAdmin, "is-verified": isVerified, deleted: deleted === "exclude" ? null : deleted, sort: sort === DEFAULT_USER_SORT ? null : sort },
    page,
  );
}

/** The query findUsers runs for these filters. `is-admin` counts super admins as admins. */
export function userListQuery(filters: UserListFilters, pageSize = USER_LIST_PAGE_SIZE): UserListQuery {
  const and: Prisma.UserWhereInput[] = [];
  if (filters.q) {
    const text = { contains: filters.q, mode: "insensitive" } as const;
    and.push({ OR: [{ email: text }, { firstName: text }, { lastName: text }, { publicName: text }] });
  }
  if (filters.role) and.push(userCategoryWhere(filters.role));
  if (filters.isAdmin !== null) {
    and.push(filters.isAdmin ? { OR: [{ isAdmin: true }, { isSuperAdmin: true }] } : { isAdmin: false, isSuperAdmin: false });
  }
  if (filters.isVerified !== null) and.push({ isVerified: filters.isVerified });
  return {
    where: and.length ? { AND: and } : {},
    deleted: filters.deleted,
    orderBy: USER_SORTS[filters.sort] as unknown as Prisma.UserOrderByWithRelationInput[],
    page: { size: pageSize, number: filters.page },
  };
}
