import { choiceParam, listSearch, pageParam, rowIdParam, textParam, type ListParams } from "../list-params";
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
const ADMIN_EVENT_SORT_NAMES = Object.keys(ADMIN_EVENT_SORTS) as AdminEventSort[];

export interface AdminEventListFilters {
  /** Without a state: every live event. */
  state: AdminEventState | null;
  topic: number | null;
  type: number | null;
  q: string;
  sort: AdminEventSort;
  page: number;
}

export function parseAdminEventListParams(params: ListParams): AdminEventListFilters {
  return {
    state: choiceParam(params, "state", ADMIN_EVENT_STATES),
    topic: rowIdParam(params, "topic"),
    type: rowIdParam(params, "type"),
    q: textParam(params),
    sort: choiceParam(params, "sort", ADMIN_EVENT_SORT_NAMES) ?? DEFAULT_ADMIN_EVENT_SORT,
    page: pageParam(params),
  };
}

/** The filters back as search params (defaults left out), e.g. for pagination links. */
export function adminEventListSearch(filters: Partial<AdminEventListFilters>, page = filters.page ?? 1): string {
  const { state, topic, type, q, sort } = filters;
  return listSearch({ state, topic, type, q, sort: sort === DEFAULT_ADMIN_EVENT_SORT ? null : sort }, page);
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
