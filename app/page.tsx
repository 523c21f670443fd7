import Link from "next/link";
import { connection } from "next/server";
import { EventImage, eventImageUrl } from "@/components/events/event-image";
import type { SearchParams } from "@/components/server/search-params";
import { Pagination, pageNumber } from "@/components/ui/pagination";
import { getSessionActor } from "@/lib/auth/session";
import { findEvents } from "@/lib/events/find-events";
import { findTaxonomyChoices } from "@/lib/events/find-taxonomy-choices";
import type { LoadedEvent } from "@/lib/events/load";
import { formatEventRange, formatZone } from "@/lib/format/dates";
import { eventListingQueryString, eventListingWhere, parseEventListingFilters, type EventListingFilters } from "@/lib/public/event-listing";

const PAGE_SIZE = 12;
const PAST_PREVIEW = 6;

const fieldClasses = "w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm sm:text-sm";

function EventCards({ events }: { events: LoadedEvent[] }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {events.map((event) => (
        <li
          key={event.id}
          className="group relative flex flex-col overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm transition-shadow hover:shadow-md"
        >
          <EventImage src={eventImageUrl(event)} alt="" className="aspect-[13/5] w-full" />
          <div className="flex flex-1 flex-col gap-1 p-4">
            <h3 className="break-words font-semibold text-slate-900">
              <Link href={`/e/${encodeURIComponent(event.identifier)}`} className="after:absolute after:inset-0 group-hover:underline">
                {event.name}
              </Link>
            </h3>
            <p className="text-sm text-slate-600">{formatEventRange(event.startsAt, event.endsAt, event.timezone)}</p>
            <p className="text-xs text-slate-600">{formatZone(event.timezone, event.startsAt)}</p>
            {event.locationName ? <p className="mt-1 line-clamp-1 text-sm text-slate-600">{event.locationName}</p> : null}
            {event.online ? <p className="text-xs font-medium text-brand-700">Online</p> : null}
          </div>
        </li>
      ))}
    </ul>
  );
}

/** The search form: a plain GET, so results are shareable and work without JavaScript. */
async function EventSearch({ filters }: { filters: EventListingFilters }) {
  const { topics, types } = await findTaxonomyChoices();
  return (
    <form role="search" aria-label="Find events" method="get" action="/" className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-3">
      <div className="flex flex-col gap-1 sm:col-span-2 lg:col-span-3">
        <label htmlFor="events-q" className="text-sm font-medium text-slate-700">
          Search events
        </label>
        <input id="events-q" name="q" type="search" defaultValue={filters.q} placeholder="Name, description or place" className={fieldClasses} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="events-topic" className="text-sm font-medium text-slate-700">
          Topic
        </label>
        <select id="events-topic" name="topic" defaultValue={filters.topic} className={fieldClasses}>
          <option value="">All topics</option>
          {topics.map((topic) => (
            <option key={topic.id} value={topic.slug}>
              {topic.name}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="events-type" className="text-sm font-medium text-slate-700">
          Type
        </label>
        <select id="events-type" name="type" defaultValue={filters.type} className={fieldClasses}>
          <option value="">All types</option>
          {types.map((type) => (
            <option key={type.id} value={type.slug}>
              {type.name}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="events-location" className="text-sm font-medium text-slate-700">
          Location
        </label>
        <input id="events-location" name="location" defaultValue={filters.location} placeholder="City or venue" className={fieldClasses} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="events-from" className="text-sm font-medium text-slate-700">
          From
        </label>
        <input id="events-from" name="from" type="date" defaultValue={filters.from} className={fieldClasses} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="events-to" className="text-sm font-medium text-slate-700">
          To
        </label>
        <input id="events-to" name="to" type="date" defaultValue={filters.to} className={fieldClasses} />
      </div>
      {filters.when === "past" ? <input type="hidden" name="when" value="past" /> : null}
      <div className="flex items-end gap-3">
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-brand-700">
          Search
        </button>
        <Link href={filters.when === "past" ? "/?when=past" : "/"} className="py-2 text-sm font-medium text-brand-700 hover:underline">
          Clear
        </Link>
      </div>
    </form>
  );
}

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  // "Upcoming" depends on the current time, so this page is never prerendered at build time.
  await connection();
  const actor = await getSessionActor();
  const query = await searchParams;
  const filters = parseEventListingFilters(query);
  const page = pageNumber(query.page);
  const now = new Date();
  // Admins would otherwise see drafts here too; the home page is the public listing.
  const listed = { state: "published", privacy: "public" } as const;
  const past = filters.when === "past";
  const [main, recent] = await Promise.all([
    findEvents(actor, {
      where: { AND: [listed, eventListingWhere(filters, now)] },
      orderBy: past ? [{ startsAt: "desc" }, { id: "desc" }] : [{ startsAt: "asc" }, { id: "asc" }],
      page: { size: PAGE_SIZE, number: page },
    }),
    past
      ? null
      : findEvents(actor, {
          where: { AND: [listed, eventListingWhere({ ...filters, when: "past" }, now)] },
          orderBy: [{ startsAt: "desc" }, { id: "desc" }],
          page: { size: PAST_PREVIEW, number: 1 },
        }),
  ]);
  const searching = Boolean(filters.q || filters.topic || filters.type || filters.location || filters.from || filters.to);

  return (
    <div className="space-y-8">
      <section className="rounded-2xl bg-gradient-to-br from-brand-600 to-brand-700 px-5 py-8 text-white sm:px-10 sm:py-10">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{past ? "Past events" : "Find your next event"}</h1>
        <p className="mt-2 max-w-xl text-brand-50">Conferences, summits and meetups run on Open Event. Organizing one? Create it in minutes.</p>
        <Link href="/events/new" className="mt-6 inline-flex rounded-md bg-white px-4 py-2 text-sm font-medium text-brand-700 shadow-sm hover:bg-brand-50">
          Create an event
        </Link>
      </section>

      <EventSearch filters={filters} />

      <section aria-labelledby="results" className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="results" className="text-xl font-semibold tracking-tight">
            {past ? "Past events" : "Upcoming events"}
          </h2>
          <p className="text-sm text-slate-600" role="status">
            {searching ? `${main.count} ${main.count === 1 ? "event matches" : "events match"}.` : ""}
          </p>
        </div>
        {main.items.length === 0 ? (
          <p className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-10 text-center text-slate-600">
            {searching ? "No event matches your search." : past ? "No past events." : "No upcoming events yet."}
          </p>
        ) : (
          <EventCards events={main.items} />
        )}
        <Pagination href={(n) => `/${eventListingQueryString(filters, n)}`} page={page} pageSize={PAGE_SIZE} count={main.count} />
        {past ? (
          <p>
            <Link href={`/${eventListingQueryString({ ...filters, when: "upcoming" })}`} className="text-sm font-medium text-brand-700 hover:underline">
              Upcoming events
            </Link>
          </p>
        ) : null}
      </section>

      {recent && recent.items.length ? (
        <section aria-labelledby="past" className="space-y-4">
          <h2 id="past" className="text-xl font-semibold tracking-tight">
            Past events
          </h2>
          <EventCards events={recent.items} />
          {recent.count > PAST_PREVIEW ? (
            <p>
              <Link href={`/${eventListingQueryString({ ...filters, when: "past" })}`} className="text-sm font-medium text-brand-700 hover:underline">
                All {recent.count} past events
              </Link>
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
