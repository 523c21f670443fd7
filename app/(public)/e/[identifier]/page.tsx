import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { SubscribeBox } from "@/components/calendar/subscribe-box";
import { EventImage, eventImageUrl } from "@/components/events/event-image";
import { PublicEventNav } from "@/components/public/event-nav";
import { orNotFound } from "@/components/server/or-not-found";
import { EventStateBadge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { getSessionActor } from "@/lib/auth/session";
import { getEvent } from "@/lib/events/get-event";
import { isPublicEvent } from "@/lib/public/load-public-pages";
import { eventFeedPath, feedLinks } from "@/lib/feeds/urls";
import { formatEventRange, formatZone } from "@/lib/format/dates";
import { can } from "@/lib/permissions";
import { requestOrigin } from "./load-event";

interface Props {
  params: Promise<{ identifier: string }>;
}

// generateMetadata and the page need the same event; React's cache makes it one query per request.
const loadEvent = cache(async (identifier: string) => {
  const actor = await getSessionActor();
  // Drafts and private events answer 404 unless the viewer has a role on them (the service scopes it).
  const event = await orNotFound(getEvent(actor, identifier));
  return { actor, event };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { event } = await loadEvent((await params).identifier);
  return { title: event.name, description: event.description?.slice(0, 200) ?? undefined };
}

export default async function PublicEventPage({ params }: Props) {
  const { actor, event } = await loadEvent((await params).identifier);
  const canManage = can(actor, "event.update", event);
  const image = eventImageUrl(event);

  return (
    <article className="space-y-8">
      {canManage ? (
        <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-brand-100 bg-brand-50 px-4 py-3 text-sm">
          <span className="flex items-center gap-2">
            <EventStateBadge state={event.state} />
            {event.state === "draft" ? "Only the event's team can see this page until it is published." : "You manage this event."}
          </span>
          <Link href={`/events/${encodeURIComponent(event.identifier)}`} className="font-medium text-brand-700 hover:underline">
            Manage event
          </Link>
        </div>
      ) : null}

      <header className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
        <EventImage src={image} alt="" priority className="aspect-[13/5] w-full" />
        <div className="space-y-3 p-5 sm:p-8">
          <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{event.name}</h1>
          <dl className="grid gap-3 text-sm text-slate-700 sm:grid-cols-2">
            <div>
              <dt className="font-medium text-slate-500">When</dt>
              <dd>
                <time dateTime={new Date(event.startsAt).toISOString()}>
                  {formatEventRange(event.startsAt, event.endsAt, event.timezone)}
                </time>
                <span className="block text-slate-500">Time zone: {formatZone(event.timezone, event.startsAt)}</span>
              </dd>
            </div>
            {event.locationName || event.online ? (
              <div>
                <dt className="font-medium text-slate-500">Where</dt>
                <dd>
                  {event.locationName ? <span className="block">{event.locationName}</span> : null}
                  {event.online ? <span className="block text-slate-500">Online event</span> : null}
                </dd>
              </div>
            ) : null}
          </dl>
          {event.state === "published" && event.isSessionsSpeakersEnabled ? (
            <p>
              <Link href={`/e/${encodeURIComponent(event.identifier)}/propose`} className={buttonClasses("primary")}>
                Propose a session
              </Link>
            </p>
          ) : null}
        </div>
      </header>

      <PublicEventNav identifier={event.identifier} current="overview" />
      {isPublicEvent(event) && event.schedulePublishedOn ? (
        <SubscribeBox
          id="subscribe"
          title="Subscribe to the schedule"
          description="Your calendar app keeps it up to date when sessions move."
          links={feedLinks(await requestOrigin(), eventFeedPath(event.identifier))}
        />
      ) : null}

      {event.description ? (
        <section aria-labelledby="about" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-8">
          <h2 id="about" className="text-lg font-semibold">
            About this event
          </h2>
          {/* Plain text with paragraphs; organiser text is never rendered as HTML here. */}
          <div className="mt-3 space-y-3 leading-relaxed text-slate-700">
            {event.description.split(/\n{2,}/).map((paragraph, index) => (
              <p key={index} className="whitespace-pre-line">
                {paragraph}
              </p>
            ))}
          </div>
        </section>
      ) : null}
    </article>
  );
}
