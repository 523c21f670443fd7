"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { formatDayTab, formatTime } from "@/components/schedule/format";
import type { PublicSessionItem } from "@/lib/public/load-public-pages";
import { nowAndNext, scheduleMatcher, scheduleQueryString, type ScheduleFilters } from "@/lib/public/schedule-filters";
import { useLocalStars } from "./local-stars";
import { ScheduleGrid } from "./schedule-grid";
import { SessionSummary } from "./session-summary";
import { STAR_EVENT, type StarEventDetail } from "./star-button";

const selectClasses = "w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm sm:text-sm";

/** The starred ids the page knows: the account's (kept in step with its star buttons), else this browser's. */
function useStarred(account: number[] | null): ReadonlySet<number> {
  const local = useLocalStars();
  const [mine, setMine] = useState(() => new Set(account ?? []));
  useEffect(() => {
    if (!account) return;
    const onStar = (event: Event) => {
      const { sessionId, starred } = (event as CustomEvent<StarEventDetail>).detail;
      setMine((current) => {
        const next = new Set(current);
        if (starred) next.add(sessionId);
        else next.delete(sessionId);
        return next;
      });
    };
    window.addEventListener(STAR_EVENT, onStar);
    return () => window.removeEventListener(STAR_EVENT, onStar);
  }, [account]);
  return account ? mine : local;
}

/**
 * The public schedule of one day. The server has already applied the URL's filters to what it
 * rendered (and counted the matches of every day); here the same filters run again as the
 * visitor types or picks, instantly, and the URL follows so the view can be shared. The other
 * days are links: each is rendered on its own, so a 2,000-session programme never reaches the
 * browser at once.
 */
export function ScheduleView({
  identifier,
  timezone,
  days,
  day,
  dayCounts,
  sessions,
  rooms,
  tracks,
  types,
  filters: initial,
  starred: accountStars,
  now,
}: {
  identifier: string;
  timezone: string;
  days: string[];
  /** The day shown. */
  day: string;
  /** Matches per day under the URL's filters (as the server counted them). */
  dayCounts: Record<string, number>;
  /** Every session of the day shown, unfiltered (filters apply here). */
  sessions: PublicSessionItem[];
  rooms: string[];
  tracks: { name: string; color: string }[];
  types: string[];
  filters: ScheduleFilters;
  /** The account's starred session ids; null when signed out (stars are kept in the browser). */
  starred: number[] | null;
  /** The current instant while the event runs (for "now and next"), else null. */
  now: string | null;
}) {
  const router = useRouter();
  // What changes in place; the day and the layout are links, so they come from the server.
  const [instant, setInstant] = useState(() => ({ q: initial.q, tracks: initial.tracks, rooms: initial.rooms, types: initial.types, starred: initial.starred }));
  const filters: ScheduleFilters = { ...instant, day, view: initial.view };
  const ids = { q: useId(), track: useId(), room: useId(), type: useId(), starred: useId() };
  const tabsRef = useRef<HTMLDivElement>(null);
  const refresh = useRef<ReturnType<typeof setTimeout>>(undefined);
  const starred = useStarred(accountStars);
  const base = `/e/${encodeURIComponent(identifier)}/schedule`;

  const matcher = useMemo(() => scheduleMatcher(instant), [instant]);
  const shown = sessions.filter((session) => matcher(session) && (!filters.starred || starred.has(session.id)));
  const marks = useMemo(() => (now ? nowAndNext(sessions, new Date(now)) : { now: [], next: [] }), [sessions, now]);
  // The other days' counts are the server's, for the filters it rendered: until it has seen
  // what the visitor typed, only this day's count is known.
  const facetKey = (value: Pick<ScheduleFilters, "q" | "tracks" | "rooms" | "types">) => JSON.stringify([value.q.trim(), value.tracks, value.rooms, value.types]);
  const current = sessions.filter(matcher).length;
  const counts: Record<string, number> = facetKey(instant) === facetKey(initial) ? { ...dayCounts, [day]: current } : { [day]: current };
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  const filtering = Boolean(filters.q.trim() || filters.tracks.length || filters.rooms.length || filters.types.length);

  // The address of the visitor's latest filters on this day and layout. A server render asked
  // for earlier may arrive after the visitor typed on: its navigation writes the address it was
  // asked for, and the effect below puts the latest back.
  const latest = useRef<{ day: string; view: string; url: string } | null>(null);
  useEffect(() => {
    const wanted = latest.current;
    if (!wanted || wanted.day !== day || wanted.view !== initial.view || window.location.pathname !== base) return;
    if (`${window.location.pathname}${window.location.search}` !== wanted.url) window.history.replaceState(window.history.state, "", wanted.url);
  });

  const update = (change: Partial<typeof instant>) => {
    const next = { ...filters, ...change };
    setInstant({ q: next.q, tracks: next.tracks, rooms: next.rooms, types: next.types, starred: next.starred });
    const url = `${base}${scheduleQueryString(next)}`;
    latest.current = { day, view: initial.view, url };
    window.history.replaceState(window.history.state, "", url);
    // The other days' counts come from the server; ask for them once typing pauses, for the
    // address shown then (a day or layout link may have been followed meanwhile).
    clearTimeout(refresh.current);
    refresh.current = setTimeout(() => {
      if (window.location.pathname === base) router.replace(`${base}${window.location.search}`, { scroll: false });
    }, 400);
  };
  useEffect(() => () => clearTimeout(refresh.current), []);

  const dayHref = (other: string) => `${base}${scheduleQueryString({ ...filters, day: other })}`;
  const onTabKey = (event: KeyboardEvent) => {
    const index = days.indexOf(day);
    const keys: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: days.length - 1 };
    const target = keys[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = days[(target + days.length) % days.length];
    if (!next) return;
    tabsRef.current?.querySelector<HTMLAnchorElement>(`[data-day="${next}"]`)?.focus();
    clearTimeout(refresh.current);
    router.push(dayHref(next), { scroll: false });
  };

  const groups: { time: string; items: PublicSessionItem[] }[] = [];
  for (const session of shown) {
    const time = formatTime(new Date(session.startsAt ?? 0), timezone);
    const last = groups.at(-1);
    if (last?.time === time) last.items.push(session);
    else groups.push({ time, items: [session] });
  }
  const elsewhere = days.filter((other) => other !== day && counts[other]);
  const mark = (id: number) => (marks.now.includes(id) ? "now" : marks.next.includes(id) ? "next" : undefined);

  return (
    // A followed link (a day, the layout, clearing) supersedes a count refresh still waiting.
    <div className="space-y-4" onClickCapture={(event) => (event.target as HTMLElement).closest("a") && clearTimeout(refresh.current)}>
      {/* Without JavaScript this is a plain GET form: the server applies what it sends. */}
      <form
        role="search"
        aria-label="Filter sessions"
        action={base}
        method="get"
        className="grid gap-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm sm:grid-cols-2 sm:p-4 lg:grid-cols-4"
        onSubmit={(event) => {
          event.preventDefault();
          update({});
        }}
      >
        <div className="flex flex-col gap-1 sm:col-span-2 lg:col-span-4">
          <label htmlFor={ids.q} className="text-sm font-medium text-slate-700">
            Search sessions
          </label>
          <input
            id={ids.q}
            name="q"
            type="search"
            value={filters.q}
            onChange={(event) => update({ q: event.target.value })}
            placeholder="Title, abstract, speaker, track or room"
            className={selectClasses}
          />
        </div>
        {(
          [
            { key: "tracks", name: "track", label: "Track", all: "All tracks", choices: tracks.map((track) => track.name) },
            { key: "rooms", name: "room", label: "Room", all: "All rooms", choices: rooms },
            { key: "types", name: "type", label: "Type", all: "All types", choices: types },
          ] as const
        ).map((facet) => (
          <div key={facet.key} className="flex flex-col gap-1">
            <label htmlFor={ids[facet.name]} className="text-sm font-medium text-slate-700">
              {facet.label}
            </label>
            <select
              id={ids[facet.name]}
              name={facet.name}
              value={filters[facet.key][0] ?? ""}
              onChange={(event) => update({ [facet.key]: event.target.value ? [event.target.value] : [] })}
              className={selectClasses}
            >
              <option value="">{facet.all}</option>
              {facet.choices.map((choice) => (
                <option key={choice} value={choice}>
                  {choice}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div className="flex flex-col gap-1">
          <span aria-hidden="true" className="text-sm font-medium text-slate-700">
            Show
          </span>
          <label htmlFor={ids.starred} className="flex items-center gap-2 py-2 text-sm text-slate-800">
            <input
              id={ids.starred}
              name="starred"
              value="1"
              type="checkbox"
              checked={filters.starred}
              onChange={(event) => update({ starred: event.target.checked })}
              className="size-4 accent-brand-600"
            />
            Starred only
          </label>
        </div>
        <input type="hidden" name="day" value={day} />
        {filters.view === "grid" ? <input type="hidden" name="view" value="grid" /> : null}
        <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-4">
          <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium shadow-sm hover:bg-slate-50">
            Apply filters
          </button>
          {filtering || filters.starred ? (
            <Link href={`${base}${scheduleQueryString({ ...filters, q: "", tracks: [], rooms: [], types: [], starred: false })}`} className="text-sm font-medium text-brand-700 hover:underline" onClick={() => setInstant({ q: "", tracks: [], rooms: [], types: [], starred: false })}>
              Clear filters
            </Link>
          ) : null}
          <p role="status" className="text-sm text-slate-600">
            {filtering ? `${total} ${total === 1 ? "session matches" : "sessions match"}${filters.q.trim() ? ` “${filters.q.trim()}”` : ""}.` : ""}
          </p>
        </div>
      </form>

      <div className="flex flex-wrap items-center justify-between gap-2">
        <nav aria-label="Layout" className="inline-flex rounded-md border border-slate-300 bg-white p-0.5 text-sm shadow-sm">
          {(["list", "grid"] as const).map((view) => (
            <Link
              key={view}
              href={`${base}${scheduleQueryString({ ...filters, view })}`}
              aria-current={filters.view === view ? "page" : undefined}
              scroll={false}
              className={`rounded px-3 py-1 font-medium ${filters.view === view ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100"}`}
            >
              {view === "list" ? "List" : "Grid"}
            </Link>
          ))}
        </nav>
        {now && (marks.now.length || marks.next.length) ? (
          <p className="text-sm text-slate-700">
            <span className="mr-1 inline-block size-2 rounded-full bg-red-600 align-middle" aria-hidden="true" />
            Live now: {marks.now.length} running, {marks.next.length} up next
          </p>
        ) : null}
      </div>

      <div ref={tabsRef} role="tablist" aria-label="Days" className="flex gap-1 overflow-x-auto border-b border-slate-200" onKeyDown={onTabKey}>
        {days.map((entry) => {
          const current = entry === day;
          return (
            <Link
              key={entry}
              href={dayHref(entry)}
              scroll={false}
              role="tab"
              id={`schedule-tab-${entry}`}
              data-day={entry}
              aria-selected={current}
              aria-controls={current ? "schedule-panel" : undefined}
              tabIndex={current ? 0 : -1}
              className={`-mb-px shrink-0 whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium ${
                current ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900"
              }`}
            >
              {formatDayTab(entry, timezone)}
              {filtering && counts[entry] !== undefined ? <span className="ml-1 text-xs text-slate-600">({counts[entry]})</span> : null}
            </Link>
          );
        })}
      </div>

      <div role="tabpanel" id="schedule-panel" aria-labelledby={`schedule-tab-${day}`} tabIndex={0} className="space-y-6 focus-visible:outline-offset-4">
        {!shown.length ? (
          <div className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600">
            <p>{filtering || filters.starred ? "No session on this day matches." : "No sessions on this day."}</p>
            {elsewhere.length ? (
              <p className="mt-2 flex flex-wrap justify-center gap-2">
                {elsewhere.map((other) => (
                  <Link key={other} href={dayHref(other)} scroll={false} className="font-medium text-brand-700 hover:underline">
                    {counts[other]} on {formatDayTab(other, timezone)}
                  </Link>
                ))}
              </p>
            ) : null}
          </div>
        ) : filters.view === "grid" ? (
          <ScheduleGrid identifier={identifier} timezone={timezone} day={day} sessions={shown} rooms={rooms} marks={marks} />
        ) : (
          groups.map((group) => (
            <section key={group.time} aria-labelledby={`slot-${day}-${group.time}`} className="grid gap-2 sm:grid-cols-[4.5rem_1fr] sm:gap-4">
              <h2 id={`slot-${day}-${group.time}`} className="text-sm font-semibold tabular-nums text-slate-700 sm:pt-3">
                <time dateTime={group.items[0]?.startsAt ?? undefined}>{group.time}</time>
              </h2>
              <ul className="min-w-0 space-y-2">
                {group.items.map((session) => (
                  <li key={session.id}>
                    <SessionSummary
                      identifier={identifier}
                      session={session}
                      time={`${formatTime(new Date(session.startsAt ?? 0), timezone)}–${formatTime(new Date(session.endsAt ?? 0), timezone)}`}
                      starred={accountStars ? starred.has(session.id) : null}
                      mark={mark(session.id)}
                    />
                  </li>
                ))}
              </ul>
            </section>
          ))
        )}
      </div>
    </div>
  );
}
