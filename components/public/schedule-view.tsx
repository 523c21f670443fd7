"use client";

import { useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { formatDayTab, formatTime } from "@/components/schedule/format";
import type { PublicSessionItem } from "@/lib/public/load-public-pages";
import { SessionSummary } from "./session-summary";

/** Lower-cased text a search matches against: title, subtitle, speakers, track, room, type. */
function haystack(session: PublicSessionItem): string {
  return [session.title, session.subtitle, session.track?.name, session.room, session.type, ...session.speakers.map((s) => s.name)]
    .filter(Boolean)
    .join(" ")
    .toLocaleLowerCase();
}

/** Every word of the query must occur (so "rust web" narrows instead of widening). */
function matcher(query: string): (session: PublicSessionItem & { text: string }) => boolean {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return (session) => words.every((word) => session.text.includes(word));
}

/** Keeps `?day=` and `?q=` in the address so a filtered view can be bookmarked and shared. */
function syncUrl(day: string, query: string) {
  const url = new URL(window.location.href);
  url.searchParams.set("day", day);
  if (query.trim()) url.searchParams.set("q", query.trim());
  else url.searchParams.delete("q");
  window.history.replaceState(window.history.state, "", url);
}

/**
 * The public schedule: one tab per day (arrow keys, Home/End), a search over title, speakers,
 * track, room and type that counts matches per day, and the sessions grouped by start time, all
 * in the event's zone. Filtering runs in the browser: the whole programme is already on the page.
 */
export function ScheduleView({
  identifier,
  timezone,
  days,
  sessions,
  starred,
  initialDay,
  initialQuery,
}: {
  identifier: string;
  timezone: string;
  days: string[];
  sessions: PublicSessionItem[];
  /** Starred session ids; null when signed out (no star buttons). */
  starred: number[] | null;
  initialDay?: string;
  initialQuery?: string;
}) {
  const [day, setDay] = useState(initialDay && days.includes(initialDay) ? initialDay : (days[0] ?? ""));
  const [query, setQuery] = useState(initialQuery ?? "");
  const tabsRef = useRef<HTMLDivElement>(null);
  const searchId = useId();
  const starredSet = useMemo(() => (starred ? new Set(starred) : null), [starred]);
  const indexed = useMemo(() => sessions.map((session) => ({ ...session, text: haystack(session) })), [sessions]);
  const matches = useMemo(() => indexed.filter(matcher(query)), [indexed, query]);

  const perDay = new Map<string, number>();
  for (const session of matches) if (session.day) perDay.set(session.day, (perDay.get(session.day) ?? 0) + 1);
  const shown = matches.filter((session) => session.day === day);
  const groups: { time: string; items: typeof shown }[] = [];
  for (const session of shown) {
    const time = formatTime(new Date(session.startsAt ?? 0), timezone);
    const last = groups.at(-1);
    if (last?.time === time) last.items.push(session);
    else groups.push({ time, items: [session] });
  }
  const searching = query.trim() !== "";
  const elsewhere = days.filter((other) => other !== day && perDay.get(other));

  const select = (next: string, focus = false) => {
    setDay(next);
    syncUrl(next, query);
    if (focus) tabsRef.current?.querySelector<HTMLButtonElement>(`[data-day="${next}"]`)?.focus();
  };
  const onTabKey = (event: KeyboardEvent) => {
    const index = days.indexOf(day);
    const keys: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: days.length - 1 };
    const target = keys[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = days[(target + days.length) % days.length];
    if (next) select(next, true);
  };

  if (!days.length) return <p className="text-slate-600">No sessions have been scheduled yet.</p>;

  return (
    <div className="space-y-4">
      <div role="search" className="flex flex-col gap-1">
        <label htmlFor={searchId} className="text-sm font-medium text-slate-700">
          Search sessions
        </label>
        <input
          id={searchId}
          type="search"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            syncUrl(day, event.target.value);
          }}
          placeholder="Title, speaker, track or room"
          className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm sm:max-w-md sm:text-sm"
        />
        <p role="status" className="text-sm text-slate-600">
          {searching ? `${matches.length} ${matches.length === 1 ? "session matches" : "sessions match"} “${query.trim()}”.` : ""}
        </p>
      </div>

      <div ref={tabsRef} role="tablist" aria-label="Days" className="flex gap-1 overflow-x-auto border-b border-slate-200" onKeyDown={onTabKey}>
        {days.map((entry) => {
          const current = entry === day;
          const count = perDay.get(entry) ?? 0;
          return (
            <button
              key={entry}
              type="button"
              role="tab"
              id={`schedule-tab-${entry}`}
              data-day={entry}
              aria-selected={current}
              aria-controls="schedule-panel"
              tabIndex={current ? 0 : -1}
              onClick={() => select(entry)}
              className={`-mb-px shrink-0 whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium ${
                current ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900"
              }`}
            >
              {formatDayTab(entry, timezone)}
              {searching ? <span className="ml-1 text-xs text-slate-500">({count})</span> : null}
            </button>
          );
        })}
      </div>

      <div role="tabpanel" id="schedule-panel" aria-labelledby={`schedule-tab-${day}`} tabIndex={0} className="space-y-6 focus-visible:outline-offset-4">
        {groups.length ? (
          groups.map((group) => (
            <section key={group.time} aria-labelledby={`slot-${day}-${group.time}`} className="grid gap-2 sm:grid-cols-[4.5rem_1fr] sm:gap-4">
              <h2 id={`slot-${day}-${group.time}`} className="text-sm font-semibold tabular-nums text-slate-700 sm:pt-3">
                <time dateTime={group.items[0]?.startsAt ?? undefined}>{group.time}</time>
              </h2>
              <ul className="space-y-2">
                {group.items.map((session) => (
                  <li key={session.id}>
                    <SessionSummary
                      identifier={identifier}
                      session={session}
                      time={`${formatTime(new Date(session.startsAt ?? 0), timezone)}–${formatTime(new Date(session.endsAt ?? 0), timezone)}`}
                      starred={starredSet ? starredSet.has(session.id) : null}
                    />
                  </li>
                ))}
              </ul>
            </section>
          ))
        ) : (
          <div className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600">
            <p>{searching ? "No session on this day matches your search." : "No sessions on this day."}</p>
            {elsewhere.length ? (
              <p className="mt-2 flex flex-wrap justify-center gap-2">
                {elsewhere.map((other) => (
                  <button key={other} type="button" onClick={() => select(other)} className="font-medium text-brand-700 hover:underline">
                    {perDay.get(other)} on {formatDayTab(other, timezone)}
                  </button>
                ))}
              </p>
            ) : null}
          </div>
        )}
      </div>
    </div>
  );
}
