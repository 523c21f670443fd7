import type { Prisma } from "../generated/prisma/client";
import { isUserCategory, userCategoryWhere, type UserCategory } from "./categories";
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

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";
const flag = (value: string): boolean | null => (value === "true" ? true : value === "false" ? false : null);

export function parseUserListParams(params: Params): UserListFilters {
  const role = first(params.role);
  const sort = first(params.sort);
  const deleted = first(params.deleted);
  const page = first(params.page);
  const number = /^\d{1,7}$/.test(page) ? Number(page) : 1;
  return {
    q: first(params.q).trim().slice(0, 200),
    role: isUserCategory(role) ? role : null,
    isAdmin: flag(first(params["is-admin"])),
    isVerified: flag(first(params["is-verified"])),
    deleted: deleted === "only" || deleted === "include" ? deleted : "exclude",
    sort: Object.hasOwn(USER_SORTS, sort) ? (sort as UserSort) : DEFAULT_USER_SORT,
    page: number >= 1 ? number : 1,
  };
}

/** The filters back as search params (defaults left out), e.g. for pagination and sort links. */
export function userListSearch(filters: Partial<UserListFilters>, page = filters.page ?? 1): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.role) params.set("role", filters.role);
  if (filters.isAdmin !== null && filters.isAdmin !== undefined) params.set("is-admin", String(filters.isAdmin));
  if (filters.isVerified !== null && filters.isVerified !== undefined) params.set("is-verified", String(filters.isVerified));
  if (filters.deleted && filters.deleted !== "exclude") params.set("deleted", filters.deleted);
  if (filters.sort && filters.sort !== DEFAULT_USER_SORT) params.set("sort", filters.sort);
  if (page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `?${text}` : "";
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
