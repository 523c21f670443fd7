import { parseSort } from "../jsonapi/query";
import type { PageQuery } from "../sessions/load";
import { SESSION_STATES } from "../sessions/states";
import { speakerResource } from "./resources";

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

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export function parseSpeakerListParams(params: Params): SpeakerListFilters {
  const page = first(params.page);
  const number = /^\d{1,7}$/.test(page) ? Number(page) : 1;
  const sessions = first(params.sessions);
  return {
    q: first(params.q).trim().slice(0, 200),
    sessions: (SPEAKER_SESSION_FILTERS as readonly string[]).includes(sessions) ? (sessions as SpeakerSessionFilter) : null,
    page: number >= 1 ? number : 1,
  };
}

export function speakerListSearch(filters: SpeakerListFilters, page = filters.page): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.sessions) params.set("sessions", filters.sessions);
  if (page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/**
 * `sessions` is included for the count column: the relation is scoped to what the actor sees,
 * which for staff is every live session of the event.
 */
export function speakerListQuery(filters: SpeakerListFilters, pageSize = SPEAKER_LIST_PAGE_SIZE): PageQuery {
  const text = { contains: filters.q, mode: "insensitive" };
  const and: Record<string, unknown>[] = [];
  if (filters.q) and.push({ OR: [{ name: text }, { organisation: text }, { email: text }] });
  if (filters.sessions) and.push(speakerSessionsWhere(filters.sessions));
  return {
    where: and.length ? { AND: and } : {},
    include: { sessions: {} },
    orderBy: parseSort(speakerResource.defaultSort ?? "", speakerResource),
    page: { size: pageSize, number: filters.page },
  };
}

function speakerSessionsWhere(filter: SpeakerSessionFilter): Record<string, unknown> {
  if (filter === "none") return { sessions: { none: { session: { deletedAt: null } } } };
  const session = filter === "any" ? { deletedAt: null } : { deletedAt: null, state: filter };
  return { sessions: { some: { session } } };
}

/** What the session form's speaker picker searches: names and emails, no sessions loaded. */
export function speakerPickerQuery(q: string, size = 20): PageQuery {
  const text = { contains: q.trim().slice(0, 200), mode: "insensitive" };
  return {
    where: q.trim() ? { OR: [{ name: text }, { email: text }] } : {},
    include: {},
    orderBy: parseSort(speakerResource.defaultSort ?? "", speakerResource),
    page: { size, number: 1 },
  };
}
