import type { Metadata } from "next";
import Link from "next/link";
import { EventBreadcrumb } from "@/components/dashboard/breadcrumb";
import type { SearchParams } from "@/components/server/search-params";
import { orNotFound } from "@/components/server/or-not-found";
import { getSessionsEvent } from "@/lib/dashboard/get-sessions-event";
import { SessionsTable, type SessionRow } from "@/components/sessions/sessions-table";
import { SESSION_STATE_FILTER_OPTIONS } from "@/components/sessions/state-filter-options";
import { buttonClasses } from "@/components/ui/button";
import { FilterCount, FilterForm, FilterSearch, FilterSelect } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireSessionActor } from "@/lib/auth/session";
import { formatEventRange } from "@/lib/format/dates";
import { reach } from "@/lib/permissions";
import {
  parseSessionListParams,
  SESSION_LIST_PAGE_SIZE,
  sessionListQuery,
  sessionListSearch,
} from "@/lib/sessions/dashboard-query";
import { findEventSessions } from "@/lib/sessions/find-sessions";
import { rolesAllow } from "@/lib/sessions/scope";

export const metadata: Metadata = { title: "Sessions" };

/** The relations the list includes, as the service loads them (speakers already flattened). */
interface LoadedRow {
  id: number;
  title: string;
  state: SessionRow["state"];
  startsAt: Date | null;
  endsAt: Date | null;
  speakers?: { name: string }[];
  track?: { name: string; color: string } | null;
  microlocation?: { name: string } | null;
  sessionType?: { name: string } | null;
}

export default async function SessionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ eventId: string }>;
  searchParams: SearchParams;
}) {
  const { eventId } = await params;
  const filters = parseSessionListParams(await searchParams);
  const actor = await requireSessionActor(`/events/${encodeURIComponent(eventId)}/sessions${sessionListSearch(filters)}`);
  const { event, tracks, rooms, types } = await orNotFound(getSessionsEvent(actor, eventId));
  const { items, count } = await findEventSessions(actor, String(event.id), sessionListQuery(filters));
  const base = `/events/${encodeURIComponent(event.identifier)}/sessions`;
  const filtered = Boolean(filters.state || filters.track || filters.room || filters.type || filters.q);
  // A track organizer's list holds their tracks' sessions and public ones of other tracks; a
  // decision on one of those is refused by the service and reported like any other failure.
  const canDecide = reach(actor, "session.review", event.actorRoles) !== "none";

  const rows: SessionRow[] = (items as unknown as LoadedRow[]).map((session) => ({
    id: session.id,
    title: session.title,
    state: session.state,
    speakers: (session.speakers ?? []).map((speaker) => speaker.name),
    track: session.track ? { name: session.track.name, color: session.track.color } : null,
    room: session.microlocation?.name ?? null,
    type: session.sessionType?.name ?? null,
    time:
      session.startsAt && session.endsAt ? formatEventRange(session.startsAt, session.endsAt, event.timezone) : null,
  }));

  return (
    <div className="space-y-6">
      <EventBreadcrumb event={event} trail={[{ label: "Sessions" }]} />
      <PageHeader
        title="Sessions"
        description={<>Times are in the event&rsquo;s time zone ({event.timezone}).</>}
        action={
          rolesAllow(actor, "content.manage", event.actorRoles) ? (
            <Link href={`${base}/new`} className={buttonClasses("primary")}>
              New session
            </Link>
          ) : null
        }
      />

      <FilterForm
        action={base}
        label="Filter sessions"
        resetKey={sessionListSearch({ ...filters, page: 1 })}
        filtered={filtered}
        className="sm:grid-cols-2 lg:grid-cols-6"
        actionsClassName="sm:col-span-2 lg:col-span-6"
      >
        <FilterSearch id="filter-q" value={filters.q} placeholder="Title, abstract or speaker" className="sm:col-span-2" />
        <FilterSelect id="filter-state" name="state" label="State" value={filters.state} options={SESSION_STATE_FILTER_OPTIONS} />
        <FilterSelect id="filter-track" name="track" label="Track" value={filters.track} options={tracks.map(({ id, name }) => ({ value: id, label: name }))} />
        <FilterSelect id="filter-room" name="room" label="Room" value={filters.room} options={rooms.map(({ id, name }) => ({ value: id, label: name }))} />
        <FilterSelect id="filter-type" name="type" label="Type" value={filters.type} options={types.map(({ id, name }) => ({ value: id, label: name }))} />
      </FilterForm>

      <FilterCount count={count} noun={["session", "sessions"]} filtered={filtered} testId="sessions-count" />

      <SessionsTable
        eventId={event.identifier}
        rows={rows}
        canDecide={canDecide}
        emptyText={filtered ? "No session matches these filters." : "No sessions yet."}
      />

      <Pagination
        page={filters.page}
        pageSize={SESSION_LIST_PAGE_SIZE}
        count={count}
        href={(page) => `${base}${sessionListSearch(filters, page)}`}
      />
    </div>
  );
}

