import { defaultOrderBy } from "../jsonapi/query";
import { resourceOf } from "../jsonapi/registry";
import type { CollectionQuery } from "../jsonapi/resource";

/**
 * The organizer dashboard's speakers list: free-text search over name, organisation and email
 * (the dashboard is staff-only, and staff see addresses) and a page number, from the URL.
 */

export const SPEAKER_LIST_PAGE_SIZE = 25;

export interface SpeakerListFilters {
  q: string;
  page: number;
}

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export function parseSpeakerListParams(params: Params): SpeakerListFilters {
  const page = first(params.page);
  const number = /^\d{1,7}$/.test(page) ? Number(page) : 1;
  return { q: first(params.q).trim().slice(0, 200), page: number >= 1 ? number : 1 };
}

export function speakerListSearch(filters: SpeakerListFilters, page = filters.page): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/**
 * `sessions` is included for the count column: the relation is scoped to what the actor sees,
 * which for staff is every live session of the event.
 */
export function speakerListQuery(filters: SpeakerListFilters, pageSize = SPEAKER_LIST_PAGE_SIZE): CollectionQuery {
  const text = { contains: filters.q, mode: "insensitive" };
  return {
    where: filters.q ? { OR: [{ name: text }, { organisation: text }, { email: text }] } : {},
    include: { sessions: {} },
    orderBy: defaultOrderBy(resourceOf("speaker")),
    page: { size: pageSize, number: filters.page },
  };
}

/** What the session form's speaker picker searches: names and emails, no sessions loaded. */
export function speakerPickerQuery(q: string, size = 20): CollectionQuery {
  const text = { contains: q.trim().slice(0, 200), mode: "insensitive" };
  return {
    where: q.trim() ? { OR: [{ name: text }, { email: text }] } : {},
    include: {},
    orderBy: defaultOrderBy(resourceOf("speaker")),
    page: { size, number: 1 },
  };
}
