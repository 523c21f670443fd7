import Link from "next/link";
import { connection } from "next/server";
import { EventImage, eventImageUrl } from "@/components/events/event-image";
import type { SearchParams } from "@/components/server/search-params";
import { Pagination, pageNumber } from "@/components/ui/pagination";
import { getSessionActor } from "@/lib/auth/session";
import { findEvents } from "@/lib/events/find-events";
import { formatEventRange, formatZone } from "@/lib/format/dates";

const PAGE_SIZE = 12;

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  // "Upcoming" depends on the current time, so this page is never prerendered at build time.
  await connection();
  const actor = await getSessionActor();
  const page = pageNumber((await searchParams).page);
  const { items: events, count } = await findEvents(actor, {
    // Admins would otherwise see drafts here too; the home page is the public listing.
    where: { state: "published", privacy: "public", endsAt: { gte: new Date() } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    page: { size: PAGE_SIZE, number: page },
  });

  return (
    <div className="space-y-8">
      <section className="rounded-2xl bg-gradient-to-br from-brand-600 to-brand-700 px-6 py-10 text-white sm:px-10">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Find your next event</h1>
        <p className="mt-2 max-w-xl text-brand-100">
          Conferences, summits and meetups run on Open Event. Organizing one? Create it in minutes.
        </p>
        <Link
          href="/events/new"
          className="mt-6 inline-flex rounded-md bg-white px-4 py-2 text-sm font-medium text-brand-700 shadow-sm hover:bg-brand-50"
        >
          Create an event
        </Link>
      </section>

      <section aria-labelledby="upcoming" className="space-y-4">
        <h2 id="upcoming" className="text-xl font-semibold tracking-tight">
          Upcoming events
        </h2>
        {events.length === 0 ? (
          <p className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-10 text-center text-slate-600">
            No upcoming events yet.
          </p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {events.map((event) => (
              <li
                key={event.id}
                className="group relative flex flex-col overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm transition-shadow hover:shadow-md"
              >
                <EventImage src={eventImageUrl(event)} alt="" className="aspect-[13/5] w-full" />
                <div className="flex flex-1 flex-col gap-1 p-4">
                  <h3 className="font-semibold text-slate-900">
                    <Link href={`/e/${encodeURIComponent(event.identifier)}`} className="after:absolute after:inset-0 group-hover:underline">
                      {event.name}
                    </Link>
                  </h3>
                  <p className="text-sm text-slate-600">{formatEventRange(event.startsAt, event.endsAt, event.timezone)}</p>
                  <p className="text-xs text-slate-500">{formatZone(event.timezone, event.startsAt)}</p>
                  {event.locationName ? <p className="mt-1 line-clamp-1 text-sm text-slate-500">{event.locationName}</p> : null}
                </div>
              </li>
            ))}
          </ul>
        )}
        <Pagination href="/" page={page} pageSize={PAGE_SIZE} count={count} />
      </section>
    </div>
  );
}
