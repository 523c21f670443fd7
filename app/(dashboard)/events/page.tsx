import type { Metadata } from "next";
import Link from "next/link";
import { EventImage, eventImageUrl } from "@/components/events/event-image";
import type { SearchParams } from "@/components/server/search-params";
import { EventStateBadge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Pagination, pageNumber } from "@/components/ui/pagination";
import { requireSessionActor } from "@/lib/auth/session";
import { findEvents } from "@/lib/events/find-events";
import { formatEventRange, formatZone } from "@/lib/format/dates";

export const metadata: Metadata = { title: "My events" };

const PAGE_SIZE = 20;

export default async function MyEventsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireSessionActor("/events");
  const page = pageNumber((await searchParams).page);
  // Newest first: an organizer's next or latest event is the one they are working on.
  const { items: events, count } = await findEvents(actor, {
    mine: true,
    orderBy: [{ startsAt: "desc" }, { id: "desc" }],
    page: { size: PAGE_SIZE, number: page },
  });

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">My events</h1>
        <div className="flex flex-wrap gap-2">
          <Link href="/events/import" className={buttonClasses("secondary")}>
            Import event
          </Link>
          <Link href="/events/new" className={buttonClasses("primary")}>
            Create event
          </Link>
        </div>
      </div>

      {events.length === 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
          <h2 className="text-lg font-semibold">No events yet</h2>
          <p className="mt-1 text-sm text-slate-600">
            Events you create, or are invited to help organize, appear here.
          </p>
          <Link href="/events/new" className={buttonClasses("primary", "mt-4")}>
            Create your first event
          </Link>
        </div>
      ) : (
        <ul className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
          {events.map((event) => (
            <li key={event.id} className="relative flex items-center gap-4 p-4 hover:bg-slate-50">
              <EventImage
                src={eventImageUrl(event, "thumbnail")}
                alt=""
                className="hidden aspect-[5/2] w-24 shrink-0 rounded-md sm:block"
              />
              <div className="min-w-0 flex-1 space-y-1">
                <div className="flex flex-wrap items-center gap-2">
                  <Link
                    href={`/events/${encodeURIComponent(event.identifier)}`}
                    className="font-medium text-slate-900 after:absolute after:inset-0 hover:underline"
                  >
                    {event.name}
                  </Link>
                  <EventStateBadge state={event.state} />
                </div>
                <p className="text-sm text-slate-600">
                  {formatEventRange(event.startsAt, event.endsAt, event.timezone)}
                  <span className="text-slate-400"> · </span>
                  <span className="text-slate-500">{formatZone(event.timezone, event.startsAt)}</span>
                </p>
                {event.locationName ? <p className="truncate text-sm text-slate-500">{event.locationName}</p> : null}
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pagination href="/events" page={page} pageSize={PAGE_SIZE} count={count} />
    </div>
  );
}
