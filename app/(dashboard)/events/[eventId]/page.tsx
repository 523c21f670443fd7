import type { Metadata } from "next";
import Link from "next/link";
import { BarChart } from "@/components/dashboard/bar-chart";
import { Breadcrumb } from "@/components/dashboard/breadcrumb";
import { EventImage, eventImageUrl } from "@/components/events/event-image";
import { EventStateButton } from "@/components/events/event-state-button";
import { orNotFound } from "@/components/server/or-not-found";
import { EventStateBadge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { requireSessionActor } from "@/lib/auth/session";
import { StatCards } from "@/components/stats/stat-cards";
import { StatChart, type StatRow } from "@/components/stats/stat-chart";
import { SESSION_STATE_DISPLAY } from "@/components/stats/labels";
import { getEventOverview } from "@/lib/dashboard/get-event-overview";
import { SESSION_STATES } from "@/lib/sessions/states";
import { getEventGeneralStatistics, type EventGeneralStatistics } from "@/lib/stats/get-event-general-statistics";
import { deleteEventAction } from "@/lib/events/actions";
import { formatEventDay, formatEventRange, formatZone } from "@/lib/format/dates";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Event" };

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export default async function EventOverviewPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  const actor = await requireSessionActor(`/events/${encodeURIComponent(eventId)}`);
  // Only the event's team gets the dashboard; anyone else sees a 404.
  const overview = await orNotFound(getEventOverview(actor, eventId));
  const { event } = overview;
  const permission = event;
  const stats = [
    { label: "Sessions", value: overview.sessions },
    { label: "Days", value: overview.days },
    { label: "Rooms", value: overview.rooms },
    { label: "Tracks", value: overview.tracks },
    { label: "Session types", value: overview.sessionTypes },
    { label: "Speakers", value: overview.speakers },
  ];
  const key = encodeURIComponent(event.identifier);
  // Open Event's general statistics are for co-organizers and up (the service checks again).
  const general = can(actor, "event.update", permission) ? await getEventGeneralStatistics(actor, event.id) : null;
  const sessionsList = `/events/${key}/sessions`;
  const byStateRows: StatRow[] = overview.sessionsByState.map(({ state, count }) => ({
    key: state,
    label: SESSION_STATE_DISPLAY[state].label,
    value: count,
    href: `${sessionsList}?state=${state}`,
    color: SESSION_STATE_DISPLAY[state].color,
  }));

  return (
    <div className="space-y-6">
      <Breadcrumb trail={[{ label: "My events", href: "/events" }, { label: event.name }]} />

      <div className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
        <EventImage src={eventImageUrl(event)} alt="" className="aspect-[13/5] max-h-64 w-full" />
        <div className="space-y-4 p-5 sm:p-6">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div className="space-y-1">
              <h1 className="text-2xl font-semibold tracking-tight">{event.name}</h1>
              <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
                <span data-testid="event-state">
                  <EventStateBadge state={event.state} />
                </span>
                {event.privacy === "private" ? <span className="text-slate-500">Private</span> : null}
              </p>
            </div>
            <div className="flex flex-wrap items-start gap-2">
              {can(actor, "event.publish", permission) ? <EventStateButton eventId={event.identifier} state={event.state} /> : null}
              <Link href={`/e/${key}`} className={buttonClasses("ghost")}>
                {event.state === "published" ? "View public page" : "Preview public page"}
              </Link>
            </div>
          </div>

          <dl className="grid gap-4 text-sm sm:grid-cols-3">
            <div>
              <dt className="font-medium text-slate-500">When</dt>
              <dd>{formatEventRange(event.startsAt, event.endsAt, event.timezone)}</dd>
            </div>
            <div>
              <dt className="font-medium text-slate-500">Time zone</dt>
              <dd>{formatZone(event.timezone, event.startsAt)}</dd>
            </div>
            <div>
              <dt className="font-medium text-slate-500">Where</dt>
              <dd>{event.locationName ?? (event.online ? "Online" : "Not set yet")}</dd>
            </div>
          </dl>
        </div>
      </div>

      <Card id="numbers" title="At a glance">
        <dl className="mt-4 grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-6" data-testid="event-numbers">
          {stats.map((stat) => (
            <div key={stat.label} className="rounded-lg bg-slate-50 px-3 py-2">
              <dt className="text-xs font-medium text-slate-500">{stat.label}</dt>
              <dd className="text-2xl font-semibold tabular-nums">{stat.value}</dd>
            </div>
          ))}
        </dl>
        {overview.rooms + overview.tracks + overview.sessionTypes === 0 ? (
          <p className="mt-4 text-sm text-slate-600">
            Add tracks, rooms and session types on the{" "}
            <Link href={`/events/${key}/setup`} className="font-medium text-brand-700 underline">
              setup page
            </Link>{" "}
            before sessions come in.
          </p>
        ) : null}
      </Card>

      {general ? <GeneralStatistics statistics={general} base={`/events/${key}`} /> : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="by-state" className="min-w-0">
          <h2 id="by-state" className="sr-only">
            Sessions by state
          </h2>
          <StatChart
            title="Sessions by state"
            description={`${plural(overview.sessions, "session", "sessions")} in total.`}
            rows={byStateRows}
            labelHeader="State"
            valueHeader="Sessions"
            testId="sessions-by-state"
          />
        </section>

        <Card
          id="by-day"
          title="Sessions per day"
          description={
            <>
              Accepted and confirmed sessions by their start in the event&rsquo;s time zone
              {overview.unscheduled ? `; ${plural(overview.unscheduled, "session is", "sessions are")} not scheduled yet` : ""}.
            </>
          }
        >
          <div className="mt-4">
            <BarChart
              caption="Accepted and confirmed sessions per day"
              labelHeader="Day"
              testId="sessions-per-day"
              rows={overview.sessionsPerDay.map(({ date, count }) => ({
                key: date,
                // Noon UTC of the date is the same calendar day in UTC, whatever the server's zone.
                label: formatEventDay(`${date}T12:00:00Z`, "UTC"),
                value: count,
              }))}
            />
          </div>
        </Card>
      </div>

      {can(actor, "event.delete", permission) ? (
        <Card id="danger-zone" tone="danger" title="Delete event" description="Removes the event and its public page for everyone.">
          <div className="mt-4">
            <ConfirmButton
              label="Delete event"
              dialog={{ title: "Delete this event?", text: `“${event.name}” and its public page will be removed. This cannot be undone.` }}
              confirmLabel="Delete"
              pendingLabel="Deleting…"
              action={deleteEventAction.bind(null, event.identifier)}
              failure="The event could not be deleted."
              redirectTo="/events"
            />
          </div>
        </Card>
      ) : null}
    </div>
  );
}

/** Open Event's general statistics of the event as cards, each opening the list it counts. */
function GeneralStatistics({ statistics, base }: { statistics: EventGeneralStatistics; base: string }) {
  const sessions = `${base}/sessions`;
  const speakers = `${base}/speakers`;
  const sessionCards: StatRow[] = [
    { key: "sessions", label: "Sessions", value: statistics.sessions, href: sessions },
    { key: "submitted", label: "Submitted", value: statistics.sessionsSubmitted, href: `${sessions}?state=submitted` },
    ...SESSION_STATES.map((state) => ({
      key: state,
      label: SESSION_STATE_DISPLAY[state].label,
      value: statistics[`sessions${state[0]!.toUpperCase()}${state.slice(1)}` as keyof EventGeneralStatistics] as number,
      href: `${sessions}?state=${state}`,
    })),
  ];
  const otherCards: StatRow[] = [
    { key: "speakers", label: "Speakers with a session", value: statistics.speakers.total, href: `${speakers}?sessions=any` },
    { key: "without", label: "Speakers without a session", value: statistics.speakerWithoutSession, href: `${speakers}?sessions=none` },
    { key: "sponsors", label: "Sponsors", value: statistics.sponsors, href: `${base}/sponsors` },
  ];
  const speakerRows: StatRow[] = SESSION_STATES.map((state) => ({
    key: state,
    label: SESSION_STATE_DISPLAY[state].label,
    value: statistics.speakers[state],
    href: `${speakers}?sessions=${state}`,
    color: SESSION_STATE_DISPLAY[state].color,
  }));
  return (
    <Card id="statistics" title="Statistics" description="Live sessions, speakers and sponsors. Submitted counts every session but drafts.">
      <div className="mt-4 space-y-4">
        <StatCards label="Sessions" rows={sessionCards} testId="general-session-cards" />
        <StatCards label="Speakers and sponsors" rows={otherCards} testId="general-other-cards" />
        <StatChart
          title="Speakers by the state of their sessions"
          description="A speaker with sessions in two states counts in both."
          rows={speakerRows}
          labelHeader="Session state"
          valueHeader="Speakers"
          testId="speakers-by-state"
        />
      </div>
    </Card>
  );
}
