import type { Metadata } from "next";
import Link from "next/link";
import { SubscribeBox } from "@/components/calendar/subscribe-box";
import { PublicSectionHeader } from "@/components/public/event-nav";
import { ScheduleView } from "@/components/public/schedule-view";
import { SessionSummary } from "@/components/public/session-summary";
import { firstParam, type SearchParams } from "@/components/server/search-params";
import { loadPublicSchedule } from "@/lib/public/load-public-pages";
import { eventFeedPath, feedLinks } from "@/lib/feeds/urls";
import { formatZone } from "@/lib/format/dates";
import { findStarredSessionIds } from "@/lib/stars/find-starred-sessions";
import { loadPublicEvent, requestOrigin } from "../load-event";

interface Props {
  params: Promise<{ identifier: string }>;
  searchParams: SearchParams;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { event } = await loadPublicEvent((await params).identifier);
  return { title: `Schedule · ${event.name}` };
}

export default async function PublicSchedulePage({ params, searchParams }: Props) {
  const { identifier } = await params;
  const query = await searchParams;
  const { actor, event, listed } = await loadPublicEvent(identifier);
  const schedule = listed ? await loadPublicSchedule(event.id) : null;
  const starred = actor && schedule ? [...(await findStarredSessionIds(actor, event.id))] : null;
  const base = `/e/${encodeURIComponent(event.identifier)}`;

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
              <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`${base}/schedule`)}`} className="font-medium text-brand-700 hover:underline">
                Sign in
              </Link>{" "}
              to star sessions and get them in a personal calendar feed.
            </p>
          )}
          <ScheduleView
            identifier={event.identifier}
            timezone={schedule.timezone}
            days={schedule.days}
            sessions={schedule.sessions}
            starred={starred}
            initialDay={firstParam(query.day)}
            initialQuery={firstParam(query.q)}
          />
          {schedule.unscheduled.length ? (
            <section aria-labelledby="unscheduled" className="space-y-2">
              <h2 id="unscheduled" className="text-lg font-semibold">
                Time to be announced
              </h2>
              <ul className="space-y-2">
                {schedule.unscheduled.map((session) => (
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
