import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Badge, EventStateBadge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import type { SearchParams } from "@/components/server/search-params";
import { FilterCount, FilterForm, FilterSearch, FilterSelect } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireSessionActor } from "@/lib/auth/session";
import { restoreEventAction } from "@/lib/events/admin-actions";
import {
  ADMIN_EVENT_LIST_PAGE_SIZE,
  ADMIN_EVENT_STATES,
  adminEventListSearch,
  parseAdminEventListParams,
  type AdminEventSort,
} from "@/lib/events/admin-events-query";
import { findAdminEvents } from "@/lib/events/find-admin-events";
import { formatEventRange } from "@/lib/format/dates";
import { findEventTopicPage, findEventTypePage } from "@/lib/taxonomy/admin";

export const metadata: Metadata = { title: "Events · Admin" };

const STATE_LABELS = { draft: "Draft (upcoming)", published: "Published (upcoming)", past: "Past", deleted: "Deleted" } as const;
const SORT_LABELS: Record<AdminEventSort, string> = {
  "-starts-at": "Latest start first",
  "starts-at": "Earliest start first",
  name: "Name, A–Z",
  "-name": "Name, Z–A",
  "-created-at": "Newest first",
  "created-at": "Oldest first",
};

export default async function AdminEventsPage({ searchParams }: { searchParams: SearchParams }) {
  const filters = parseAdminEventListParams(await searchParams);
  const actor = await requireSessionActor(`/admin/events${adminEventListSearch(filters)}`);
  const now = new Date();
  const [{ items, count }, topics, types] = await Promise.all([
    findAdminEvents(actor, filters, now),
    findEventTopicPage(actor),
    findEventTypePage(actor),
  ]);
  const filtered = Boolean(filters.state || filters.topic || filters.type || filters.q);

  return (
    <div className="space-y-4">
      <PageHeader title="Events" description="Every event of the platform: drafts, published, past and deleted ones." />

      <FilterForm
        action="/admin/events"
        label="Filter events"
        resetKey={adminEventListSearch({ ...filters, page: 1 })}
        filtered={filtered}
        className="sm:grid-cols-2 lg:grid-cols-5"
        actionsClassName="sm:col-span-2 lg:col-span-5"
      >
        <FilterSearch id="event-q" value={filters.q} placeholder="Name, identifier or place" className="sm:col-span-2 lg:col-span-1" />
        <FilterSelect
          id="event-state"
          name="state"
          label="State"
          value={filters.state}
          allLabel="All live events"
          options={ADMIN_EVENT_STATES.map((state) => ({ value: state, label: STATE_LABELS[state] }))}
        />
        <FilterSelect id="event-topic" name="topic" label="Topic" value={filters.topic} options={topics.items.map(({ id, name }) => ({ value: id, label: name }))} />
        <FilterSelect id="event-type" name="type" label="Type" value={filters.type} options={types.items.map(({ id, name }) => ({ value: id, label: name }))} />
        <FilterSelect id="event-sort" name="sort" label="Order" value={filters.sort} allLabel={null} options={Object.entries(SORT_LABELS).map(([value, label]) => ({ value, label }))} />
      </FilterForm>

      <FilterCount count={count} noun={["event", "events"]} filtered={filtered} testId="events-count" />

      {items.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center text-slate-600">
          {filtered ? "No event matches these filters." : "No events yet."}
        </p>
      ) : (
        <ul className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
          {items.map((event) => {
            const key = encodeURIComponent(event.identifier);
            const past = event.endsAt <= now;
            return (
              <li key={event.id} className="flex flex-wrap items-start justify-between gap-3 p-4">
                <div className="min-w-0 flex-1 space-y-1">
                  <p className="flex flex-wrap items-center gap-2">
                    <span className="font-medium text-slate-900">{event.name}</span>
                    <EventStateBadge state={event.state} />
                    {past ? <Badge>Past</Badge> : null}
                    {event.privacy === "private" ? <Badge>Private</Badge> : null}
                    {event.deletedAt ? <Badge tone="amber">Deleted</Badge> : null}
                  </p>
                  <p className="text-sm text-slate-600">{formatEventRange(event.startsAt, event.endsAt, event.timezone)}</p>
                  <p className="break-words text-xs text-slate-500">
                    {[
                      event.identifier,
                      event.eventTopic?.name,
                      event.eventType?.name,
                      event.roles.length ? `Owner: ${event.roles.map((role) => role.user.email).join(", ")}` : "No owner",
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </p>
                </div>
                <div className="flex flex-wrap items-center gap-2">
                  {event.deletedAt ? (
                    <ConfirmButton
                      label="Restore"
                      confirmLabel="Restore event"
                      accessibleName={`Restore ${event.name}`}
                      action={restoreEventAction.bind(null, event.identifier)}
                    />
                  ) : (
                    <>
                      <Link href={`/events/${key}`} className={buttonClasses("secondary")} aria-label={`Open the dashboard of ${event.name}`}>
                        Dashboard
                      </Link>
                      <Link href={`/e/${key}`} className={buttonClasses("ghost")} aria-label={`Public page of ${event.name}`}>
                        Public page
                      </Link>
                    </>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}

      <Pagination
        page={filters.page}
        pageSize={ADMIN_EVENT_LIST_PAGE_SIZE}
        count={count}
        href={(page) => `/admin/events${adminEventListSearch(filters, page)}`}
      />
    </div>
  );
}
