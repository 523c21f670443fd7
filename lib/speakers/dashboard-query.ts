import { defaultOrderBy } from "../jsonapi/query";
import { resourceOf } from "../jsonapi/registry";
import type { CollectionQuery } from "../jsonapi/resource";
import { choiceParam, listSearch, pageParam, textParam, type ListParams } from "../list-params";
import { SESSION_STATES } from "../sessions/states";

/**
 * The organizer dashboard's speakers list: free-text search over name, organisation and email
 * (the dashboard is staff-only, and staff see addresses) and a page number, from the URL.
 */

export const SPEAKER_LIST_PAGE_SIZE = 25;

/**
 * `sessions`: speakers with a live session in that state, with any (`any`) or without one
 * (`none`). The event statistics count speakers this way (`speakers`, `speaker-without-session`)
 * and link here.
 */
export const SPEAKER_SESSION_FILTERS = ["any", "none", ...SESSION_STATES] as const;
export type SpeakerSessionFilter = (typeof SPEAKER_SESSION_FILTERS)[number];

export interface SpeakerListFilters {
  q: string;
  sessions: SpeakerSessionFilter | null;
  page: number;
}

export function parseSpeakerListParams(params: ListParams): SpeakerListFilters {
  return { q: textParam(params), sessions: choiceParam(params, "sessions", SPEAKER_SESSION_FILTERS), page: pageParam(params) };
}

export function speakerListSearch(filters: SpeakerListFilters, page = filters.page): string {
  return listSearch({ q: filters.q, sessions: filters.sessions }, page);
}

/**
 * `sessions` is included for the count column: the relation is scoped to what the actor sees,
 * which for staff is every live session of the event.
 */
export function speakerListQuery(filters: SpeakerListFilters, pageSize = SPEAKER_LIST_PAGE_SIZE): CollectionQuery {
  const text = { contains: filters.q, mode: "insensitive" };
  const and: Record<string, unknown>[] = [];
  if (filters.q) and.push({ OR: [{ name: text }, { organisation: text }, { email: text }] });
  if (filters.sessions) and.push(speakerSessionsWhere(filters.sessions));
  return {
    where: and.length ? { AND: and } : {},
    include: { sessions: {} },
    orderBy: defaultOrderBy(resourceOf("speaker")),
    page: { size: pageSize, number: filters.page },
  };
}

function speakerSessionsWhere(filter: SpeakerSessionFilter): Record<string, unknown> {
  if (filter === "none") return { sessions: { none: { session: { deletedAt: null } } } };
  const session = filter === "any" ? { deletedAt: null } : { deletedAt: null, state: filter };
  return { sessions: { some: { session } } };
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
