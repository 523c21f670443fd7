import type { Metadata } from "next";
import Link from "next/link";
import { SubscribeBox } from "@/components/calendar/subscribe-box";
import { PublicSectionHeader } from "@/components/public/event-nav";
import { ScheduleView } from "@/components/public/schedule-view";
import { SessionSummary } from "@/components/public/session-summary";
import { DateTime } from "luxon";
import { loadPublicSchedule } from "@/lib/public/load-public-pages";
import { countPerDay, parseScheduleFilters, pickDay, scheduleMatcher } from "@/lib/public/schedule-filters";
import { eventFeedPath, feedLinks } from "@/lib/feeds/urls";
import { formatZone } from "@/lib/format/dates";
import { findStarredSessionIds } from "@/lib/stars/find-starred-sessions";
import { eventPageMetadata, loadPublicEvent, requestOrigin, type PublicPageProps } from "../load-event";

export async function generateMetadata({ params }: PublicPageProps): Promise<Metadata> {
  return eventPageMetadata((await params).identifier, {
    path: "schedule",
    title: "Schedule",
    description: (name) => `The programme of ${name}: sessions, rooms and speakers.`,
  });
}

export default async function PublicSchedulePage({ params, searchParams }: PublicPageProps) {
  const { identifier } = await params;
  const filters = parseScheduleFilters(await searchParams);
  const { actor, event, listed } = await loadPublicEvent(identifier);
  const schedule = listed ? await loadPublicSchedule(event.id) : null;
  const starredIds = actor && schedule ? await findStarredSessionIds(actor, event.id) : null;
  const starred = starredIds ? [...starredIds] : null;
  const base = `/e/${encodeURIComponent(event.identifier)}`;

  // The URL's filters, applied here so that a shared link and a browser without JavaScript see
  // the same. A visitor's own stars are in their browser: "starred only" is applied there.
  const matcher = scheduleMatcher(filters);
  const passes = (session: { id: number } & Parameters<typeof matcher>[0]) =>
    matcher(session) && (!filters.starred || !starredIds || starredIds.has(session.id));
  const now = DateTime.now();
  const running = now.toMillis() >= new Date(event.startsAt).getTime() && now.toMillis() < new Date(event.endsAt).getTime();
  const day = schedule ? pickDay(schedule.days, filters.day, now.setZone(schedule.timezone).toISODate() ?? "") : null;
  const matched = schedule ? schedule.sessions.filter(passes) : [];
  const unscheduled = schedule ? schedule.unscheduled.filter(passes) : [];

  return (
    <div className="space-y-6">
      <PublicSectionHeader event={event} current="schedule">
        <p className="text-sm text-slate-600">All times in the event&rsquo;s time zone: {formatZone(event.timezone, event.startsAt)}.</p>
      </PublicSectionHeader>

      {!schedule ? (
        <p className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm text-amber-900">
          The public schedule appears here once the event is published and public.
        </p>
      ) : !schedule.sessions.length && !schedule.unscheduled.length ? (
        <p className="text-slate-600">The schedule has not been published yet. Check back soon.</p>
      ) : (
        <>
          <SubscribeBox
            id="subscribe"
            title="Subscribe to the schedule"
            description="Your calendar app keeps it up to date when sessions move."
            links={feedLinks(await requestOrigin(), eventFeedPath(event.identifier))}
          />
          {actor ? (
            <p className="text-sm text-slate-600">
              Star sessions to add them to{" "}
              <Link href="/calendar" className="font-medium text-brand-700 hover:underline">
                your personal calendar feed
              </Link>
              .
            </p>
          ) : (
            <p className="text-sm text-slate-600">
              Star sessions to remember them in this browser.{" "}
              <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`${base}/schedule`)}`} className="font-medium text-brand-700 hover:underline">
                Sign in
              </Link>{" "}
              to keep them in your account and get them in{" "}
              <Link href="/calendar" className="font-medium text-brand-700 hover:underline">
                a personal calendar feed
              </Link>
              .
            </p>
          )}
          {day ? (
            <ScheduleView
              identifier={event.identifier}
              timezone={schedule.timezone}
              days={schedule.days}
              day={day}
              dayCounts={countPerDay(matched)}
              sessions={schedule.sessions.filter((session) => session.day === day)}
              rooms={schedule.rooms}
              tracks={schedule.tracks}
              types={schedule.types}
              filters={filters}
              starred={starred}
              now={running ? now.toUTC().toISO() : null}
            />
          ) : null}
          {unscheduled.length ? (
            <section aria-labelledby="unscheduled" className="space-y-2">
              <h2 id="unscheduled" className="text-lg font-semibold">
                Time to be announced
              </h2>
              <ul className="space-y-2">
                {unscheduled.map((session) => (
                  <li key={session.id}>
                    <SessionSummary identifier={event.identifier} session={session} starred={starred ? starred.includes(session.id) : null} />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}
