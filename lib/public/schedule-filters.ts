/**
 * The public schedule's search and filters as they live in the URL (`?q=`, `?track=`, `?room=`,
 * `?type=`, `?day=`, `?view=grid`, `?starred=1`): parsed once, applied on the server (so a shared
 * or JavaScript-less link shows the same result) and, with the same functions, in the browser
 * while the visitor types. Pure: no data access, safe in client components.
 */

export type ScheduleView = "list" | "grid";

export interface ScheduleFilters {
  q: string;
  tracks: string[];
  rooms: string[];
  types: string[];
  day: string | null;
  view: ScheduleView;
  starred: boolean;
}

/** What a filter reads of a session (PublicSessionItem has it). */
export interface FilterableSession {
  id: number;
  day: string | null;
  room: string | null;
  track: { name: string } | null;
  type: string | null;
  /** Lower-cased title, subtitle, abstract, speakers, room, track and type. */
  searchText: string;
  startsAt: string | null;
  endsAt: string | null;
}

type Query = Record<string, string | string[] | undefined>;

const MAX_VALUES = 20;
const MAX_LENGTH = 200;

/** Every non-empty value of a parameter (a facet may be given more than once), trimmed and bounded. */
function values(query: Query, name: string): string[] {
  const raw = query[name];
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return [...new Set(list.map((value) => value.trim().slice(0, MAX_LENGTH)).filter(Boolean))].slice(0, MAX_VALUES);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseScheduleFilters(query: Query): ScheduleFilters {
  const day = values(query, "day")[0];
  return {
    q: values(query, "q")[0] ?? "",
    tracks: values(query, "track"),
    rooms: values(query, "room"),
    types: values(query, "type"),
    day: day && DAY.test(day) ? day : null,
    view: values(query, "view")[0] === "grid" ? "grid" : "list",
    starred: ["1", "true", "yes"].includes(values(query, "starred")[0] ?? ""),
  };
}

/** The filters as a query string, in one fixed order and without defaults, so equal views share one URL. */
export function scheduleQueryString(filters: ScheduleFilters): string {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set("q", filters.q.trim());
  for (const track of filters.tracks) params.append("track", track);
  for (const room of filters.rooms) params.append("room", room);
  for (const type of filters.types) params.append("type", type);
  if (filters.day) params.set("day", filters.day);
  if (filters.view === "grid") params.set("view", "grid");
  if (filters.starred) params.set("starred", "1");
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** Lower-cased, tag-free text a search runs over. */
export function searchTextOf(parts: (string | null | undefined)[]): string {
  return parts
    .filter(Boolean)
    .join(" ")
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .toLocaleLowerCase();
}

/**
 * Whether a session passes the search and the facets (not the day, not the stars): every word
 * of `q` occurs (so "rust web" narrows), and per facet one of the chosen values matches
 * (several tracks widen, a track and a room narrow).
 */
export function scheduleMatcher(filters: Pick<ScheduleFilters, "q" | "tracks" | "rooms" | "types">): (session: FilterableSession) => boolean {
  const words = filters.q.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const tracks = new Set(filters.tracks);
  const rooms = new Set(filters.rooms);
  const types = new Set(filters.types);
  return (session) =>
    (!tracks.size || (session.track !== null && tracks.has(session.track.name))) &&
    (!rooms.size || (session.room !== null && rooms.has(session.room))) &&
    (!types.size || (session.type !== null && types.has(session.type))) &&
    words.every((word) => session.searchText.includes(word));
}

/** How many sessions of each day pass the filters. */
export function countPerDay(sessions: readonly FilterableSession[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const session of sessions) if (session.day) counts[session.day] = (counts[session.day] ?? 0) + 1;
  return counts;
}

/** The day to show: the asked one if the event has it, else today (in the event's zone) while the event runs, else the first. */
export function pickDay(days: readonly string[], asked: string | null, today: string): string | null {
  if (asked && days.includes(asked)) return asked;
  if (days.includes(today)) return today;
  return days[0] ?? null;
}

/**
 * "Now and next" at `now`: the sessions running (start ≤ now < end) and those starting at the
 * next start time after now. Both empty outside the event's sessions.
 */
export function nowAndNext(sessions: readonly FilterableSession[], now: Date): { now: number[]; next: number[] } {
  const at = now.getTime();
  const running: number[] = [];
  let nextStart = Number.POSITIVE_INFINITY;
  for (const session of sessions) {
    if (!session.startsAt || !session.endsAt) continue;
    const start = Date.parse(session.startsAt);
    const end = Date.parse(session.endsAt);
    if (start <= at && at < end) running.push(session.id);
    else if (start > at && start < nextStart) nextStart = start;
  }
  const next = Number.isFinite(nextStart)
    ? sessions.filter((session) => session.startsAt && Date.parse(session.startsAt) === nextStart).map((session) => session.id)
    : [];
  return { now: running, next };
}
