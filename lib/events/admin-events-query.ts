import type { Prisma } from "../generated/prisma/client";

/**
 * The admin events list's filters, read from the page's URL (shareable, server-rendered).
 * Anything malformed is ignored, as in the dashboard's lists (lib/sessions/dashboard-query.ts).
 */

export const ADMIN_EVENT_LIST_PAGE_SIZE = 25;

/**
 * `draft` and `published` are live events that have not ended, `past` the live events that
 * have (either state): the buckets of the admin event statistics, which link here
 * (lib/stats/get-admin-event-statistics.ts; a test keeps both in step). `deleted` are the
 * soft-deleted events, which admins may restore.
 */
export const ADMIN_EVENT_STATES = ["draft", "published", "past", "deleted"] as const;
export type AdminEventState = (typeof ADMIN_EVENT_STATES)[number];

export const ADMIN_EVENT_SORTS = {
  "-starts-at": [{ startsAt: "desc" }, { id: "desc" }],
  "starts-at": [{ startsAt: "asc" }, { id: "asc" }],
  name: [{ name: "asc" }, { id: "asc" }],
  "-name": [{ name: "desc" }, { id: "desc" }],
  "-created-at": [{ createdAt: "desc" }, { id: "desc" }],
  "created-at": [{ createdAt: "asc" }, { id: "asc" }],
} as const satisfies Record<string, Prisma.EventOrderByWithRelationInput[]>;
export type AdminEventSort = keyof typeof ADMIN_EVENT_SORTS;
export const DEFAULT_ADMIN_EVENT_SORT: AdminEventSort = "-starts-at";

export interface AdminEventListFilters {
  /** Without a state: every live event. */
  state: AdminEventState | null;
  topic: number | null;
  type: number | null;
  q: string;
  sort: AdminEventSort;
  page: number;
}

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

function positiveInt(value: string): number | null {
  if (!/^\d{1,10}$/.test(value)) return null;
  const number = Number(value);
  return number >= 1 && number <= 2_147_483_647 ? number : null;
}

export function parseAdminEventListParams(params: Params): AdminEventListFilters {
  const state = first(params.state);
  const sort = first(params.sort);
  return {
    state: (ADMIN_EVENT_STATES as readonly string[]).includes(state) ? (state as AdminEventState) : null,
    topic: positiveInt(first(params.topic)),
    type: positiveInt(first(params.type)),
    q: first(params.q).trim().slice(0, 200),
    sort: Object.hasOwn(ADMIN_EVENT_SORTS, sort) ? (sort as AdminEventSort) : DEFAULT_ADMIN_EVENT_SORT,
    page: positiveInt(first(params.page)) ?? 1,
  };
}

/** The filters back as search params (defaults left out), e.g. for pagination links. */
export function adminEventListSearch(filters: Partial<AdminEventListFilters>, page = filters.page ?? 1): string {
  const params = new URLSearchParams();
  if (filters.state) params.set("state", filters.state);
  if (filters.topic) params.set("topic", String(filters.topic));
  if (filters.type) params.set("type", String(filters.type));
  if (filters.q) params.set("q", filters.q);
  if (filters.sort && filters.sort !== DEFAULT_ADMIN_EVENT_SORT) params.set("sort", filters.sort);
  if (page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The events of one state at `now`. */
export function adminEventStateWhere(state: AdminEventState | null, now: Date): Prisma.EventWhereInput {
  switch (state) {
    case "deleted":
      return { deletedAt: { not: null } };
    case "past":
      return { deletedAt: null, endsAt: { lte: now } };
    case "draft":
    case "published":
      return { deletedAt: null, state, endsAt: { gt: now } };
    default:
      return { deletedAt: null };
  }
}

/** Free text matches the name, the identifier or the location, case-insensitively. */
export function adminEventListWhere(filters: AdminEventListFilters, now: Date): Prisma.EventWhereInput {
  const and: Prisma.EventWhereInput[] = [adminEventStateWhere(filters.state, now)];
  if (filters.topic) and.push({ eventTopicId: filters.topic });
  if (filters.type) and.push({ eventTypeId: filters.type });
  if (filters.q) {
    const text = { contains: filters.q, mode: "insensitive" } as const;
    and.push({ OR: [{ name: text }, { identifier: text }, { locationName: text }] });
  }
  return { AND: and };
}
