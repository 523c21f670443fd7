import { parseSort } from "../jsonapi/query";
import type { PageQuery } from "./load";
import { sessionResource } from "./resources";
import { SESSION_STATES, type SessionState } from "./states";

/**
 * The organizer dashboard's sessions list filters, read from the page's URL search params so a
 * filtered list is server-rendered and shareable. Anything malformed is ignored (an old or
 * hand-edited link shows a wider list instead of an error page), and the result is the same
 * query shape the /v1 routes hand to `findEventSessions`.
 */

export const SESSION_LIST_PAGE_SIZE = 25;

/**
 * `submitted` is every proposed session (all states but draft): what the statistics count as
 * `sessions-submitted`, whose number links here.
 */
export const SUBMITTED = "submitted";
export type SessionStateFilter = SessionState | typeof SUBMITTED;

export interface SessionListFilters {
  state: SessionStateFilter | null;
  track: number | null;
  room: number | null;
  type: number | null;
  q: string;
  page: number;
}

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

function positiveInt(value: string): number | null {
  if (!/^\d{1,10}$/.test(value)) return null;
  const number = Number(value);
  return number >= 1 && number <= 2_147_483_647 ? number : null;
}

export function parseSessionListParams(params: Params): SessionListFilters {
  const state = first(params.state);
  return {
    state: state === SUBMITTED || (SESSION_STATES as readonly string[]).includes(state) ? (state as SessionStateFilter) : null,
    track: positiveInt(first(params.track)),
    room: positiveInt(first(params.room)),
    type: positiveInt(first(params.type)),
    // Bounded so a pasted essay does not become a giant ILIKE.
    q: first(params.q).trim().slice(0, 200),
    page: positiveInt(first(params.page)) ?? 1,
  };
}

/** The filters back as search params (empty ones left out), e.g. for pagination links. */
export function sessionListSearch(filters: SessionListFilters, page = filters.page): string {
  const params = new URLSearchParams();
  if (filters.state) params.set("state", filters.state);
  if (filters.track) params.set("track", String(filters.track));
  if (filters.room) params.set("room", String(filters.room));
  if (filters.type) params.set("type", String(filters.type));
  if (filters.q) params.set("q", filters.q);
  if (page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/**
 * Free text matches the title, subtitle, either abstract or a speaker's name, case-insensitively.
 * Sessions reach speakers through the join table (`SessionSpeaker.speaker`).
 */
export function sessionListQuery(filters: SessionListFilters): PageQuery {
  const and: Record<string, unknown>[] = [];
  if (filters.state) and.push({ state: filters.state === SUBMITTED ? { not: "draft" } : filters.state });
  if (filters.track) and.push({ trackId: filters.track });
  if (filters.room) and.push({ microlocationId: filters.room });
  if (filters.type) and.push({ sessionTypeId: filters.type });
  if (filters.q) {
    const text = { contains: filters.q, mode: "insensitive" };
    and.push({
      OR: [
        { title: text },
        { subtitle: text },
        { shortAbstract: text },
        { longAbstract: text },
        { speakers: { some: { speaker: { name: text, deletedAt: null } } } },
      ],
    });
  }
  return {
    where: and.length ? { AND: and } : {},
    include: { speakers: {}, track: {}, microlocation: {}, sessionType: {} },
    orderBy: parseSort(sessionResource.defaultSort ?? "", sessionResource),
    page: { size: SESSION_LIST_PAGE_SIZE, number: filters.page },
  };
}

/** The admin sessions list (every live session of every live event): state and text filters, the event loaded for its name. */
export function adminSessionListQuery(filters: SessionListFilters): PageQuery {
  const query = sessionListQuery({ ...filters, track: null, room: null, type: null });
  return { ...query, include: { ...query.include, event: {} } };
}
