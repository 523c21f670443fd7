import type { Metadata } from "next";
import Link from "next/link";
import { DeleteEventButton } from "@/components/events/delete-event-button";
import { EventImage, eventImageUrl } from "@/components/events/event-image";
import { EventStateButton } from "@/components/events/event-state-button";
import { orNotFound } from "@/components/server/or-not-found";
import { EventStateBadge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { requireSessionActor } from "@/lib/auth/session";
import { getEvent } from "@/lib/events/get-event";
import { formatEventRange, formatZone } from "@/lib/format/dates";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Event" };

export default async function EventOverviewPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  const actor = await requireSessionActor(`/events/${encodeURIComponent(eventId)}`);
  // Only the event's organizing team gets the dashboard; anyone else sees a 404.
  const event = await orNotFound(getEvent(actor, eventId, "event.update"));
  const permission = event;
  const key = encodeURIComponent(event.identifier);

  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link href="/events" className="hover:text-slate-800 hover:underline">
          My events
        </Link>{" "}
        / <span aria-current="page">{event.name}</span>
      </nav>

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
              <Link href={`/events/${key}/edit`} className={buttonClasses("secondary")}>
                Edit
              </Link>
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

      {can(actor, "event.delete", permission) ? (
        <section aria-labelledby="danger-zone" className="rounded-xl border border-red-200 bg-white p-5 shadow-sm sm:p-6">
          <h2 id="danger-zone" className="text-base font-semibold text-red-800">
            Delete event
          </h2>
          <p className="mt-1 text-sm text-slate-600">Removes the event and its public page for everyone.</p>
          <div className="mt-4">
            <DeleteEventButton eventId={event.identifier} eventName={event.name} />
          </div>
        </section>
      ) : null}
    </div>
  );
}
