import { defaultOrderBy } from "../jsonapi/query";
import { resourceOf } from "../jsonapi/registry";
import { listParam, listSearch, pageParam, rowIdParam, textParam, type ListParams } from "../list-params";
import { SESSION_STATES, type SessionState } from "./states";
import type { CollectionQuery } from "../jsonapi/resource";

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

export function parseSessionListParams(params: ListParams): SessionListFilters {
  const state = listParam(params, "state");
  return {
    state: state === SUBMITTED || (SESSION_STATES as readonly string[]).includes(state) ? (state as SessionStateFilter) : null,
    track: rowIdParam(params, "track"),
    room: rowIdParam(params, "room"),
    type: rowIdParam(params, "type"),
    q: textParam(params),
    page: pageParam(params),
  };
}

/** The filters back as search params (empty ones left out), e.g. for pagination links. */
export function sessionListSearch(filters: SessionListFilters, page = filters.page): string {
  return listSearch({ state: filters.state, track: filters.track, room: filters.room, type: filters.type, q: filters.q }, page);
}

/**
 * Free text matches the title, subtitle, either abstract or a speaker's name, case-insensitively.
 * Sessions reach speakers through the join table (`SessionSpeaker.speaker`).
 */
export function sessionListQuery(filters: SessionListFilters): CollectionQuery {
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
    orderBy: defaultOrderBy(resourceOf("session")),
    page: { size: SESSION_LIST_PAGE_SIZE, number: filters.page },
  };
}

/** The admin sessions list (every live session of every live event): state and text filters, the event loaded for its name. */
export function adminSessionListQuery(filters: SessionListFilters): CollectionQuery {
  const query = sessionListQuery({ ...filters, track: null, room: null, type: null });
  return { ...query, include: { ...query.include, event: {} } };
}
