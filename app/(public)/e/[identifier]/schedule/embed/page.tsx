import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatDayTab, formatTime } from "@/components/schedule/format";
import { loadPublicSchedule } from "@/lib/public/load-public-pages";
import { parseScheduleFilters, pickDay, scheduleMatcher, scheduleQueryString } from "@/lib/public/schedule-filters";
import { loadPublicEvent, type PublicPageProps } from "../../load-event";

export async function generateMetadata({ params }: PublicPageProps): Promise<Metadata> {
  const { event } = await loadPublicEvent((await params).identifier);
  // Search engines index the schedule page itself, not its framed copy.
  return { title: `Schedule · ${event.name}`, robots: { index: false } };
}

/**
 * The schedule for other sites to frame (`<iframe src=".../schedule/embed">`, the snippet on
 * the organizer's export tab): one day at a time, the URL's filters applied, read-only, every
 * session link opening the public site in a new tab. The only page allowed in a frame
 * (lib/security/headers.ts), rendered without the site's header (app/layout.tsx).
 */
export default async function EmbeddedSchedulePage({ params, searchParams }: PublicPageProps) {
  const { event, listed } = await loadPublicEvent((await params).identifier);
  if (!listed) notFound();
  const filters = parseScheduleFilters(await searchParams);
  const schedule = await loadPublicSchedule(event.id);
  const base = `/e/${encodeURIComponent(event.identifier)}`;
  const today = new Date().toLocaleDateString("en-CA", { timeZone: schedule.timezone });
  const day = pickDay(schedule.days, filters.day, today);
  const matcher = scheduleMatcher(filters);
  const sessions = schedule.sessions.filter((session) => session.day === day && matcher(session));

  return (
    <div className="mx-auto max-w-3xl space-y-3 text-sm">
      <h1 className="text-lg font-semibold">
        <a href={`${base}/schedule${scheduleQueryString({ ...filters, day })}`} target="_blank" rel="noopener" className="hover:underline">
          {event.name}: schedule
        </a>
      </h1>
      <p className="text-xs text-slate-600">Times in {schedule.timezone}.</p>
      {schedule.days.length > 1 ? (
        <nav aria-label="Days" className="flex flex-wrap gap-1">
          {schedule.days.map((entry) => (
            <a
              key={entry}
              href={`${base}/schedule/embed${scheduleQueryString({ ...filters, day: entry, view: "list", starred: false })}`}
              aria-current={entry === day ? "page" : undefined}
              className={`rounded px-2 py-1 font-medium ${entry === day ? "bg-brand-600 text-white" : "border border-slate-300 text-slate-700 hover:bg-slate-100"}`}
            >
              {formatDayTab(entry, schedule.timezone)}
            </a>
          ))}
        </nav>
      ) : null}
      {sessions.length ? (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {sessions.map((session) => (
            <li key={session.id} className="flex gap-3 p-2">
              <span className="w-24 shrink-0 tabular-nums text-slate-700">
                {formatTime(new Date(session.startsAt ?? 0), schedule.timezone)}–{formatTime(new Date(session.endsAt ?? 0), schedule.timezone)}
              </span>
              <span className="min-w-0">
                <a href={`${base}/sessions/${session.id}`} target="_blank" rel="noopener" className="break-words font-medium text-slate-900 hover:underline">
                  {session.title}
                </a>
                <span className="block text-xs text-slate-600">
                  {[session.room, session.track?.name, session.speakers.map((speaker) => speaker.name).join(", ")].filter(Boolean).join(" · ")}
                </span>
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-slate-600">No sessions on this day.</p>
      )}
      <p className="text-xs text-slate-500">
        <a href="/" target="_blank" rel="noopener" className="hover:underline">
          Open Event
        </a>
      </p>
    </div>
  );
}
