import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { Breadcrumb } from "@/components/sessions/breadcrumb";
import { loadSessionsEvent } from "@/components/sessions/event-context";
import { ListPagination } from "@/components/sessions/list-pagination";
import { SessionsTable, type SessionRow } from "@/components/sessions/sessions-table";
import { buttonClasses } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import { requireSessionActor } from "@/lib/auth/session";
import { formatEventRange } from "@/lib/format/dates";
import { reach } from "@/lib/permissions";
import { rolesAllow } from "@/lib/sessions/scope";
import {
  parseSessionListParams,
  SESSION_LIST_PAGE_SIZE,
  sessionListQuery,
  sessionListSearch,
  SUBMITTED,
} from "@/lib/sessions/dashboard-query";
import { findEventSessions } from "@/lib/sessions/find-sessions";
import { SESSION_STATES } from "@/lib/sessions/states";

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
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { eventId } = await params;
  const filters = parseSessionListParams(await searchParams);
  const actor = await requireSessionActor(`/events/${encodeURIComponent(eventId)}/sessions${sessionListSearch(filters)}`);
  const { event, tracks, rooms, types } = await loadSessionsEvent(actor, eventId);
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
      <Breadcrumb event={event} trail={[{ label: "Sessions" }]} />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Sessions</h1>
          <p className="mt-1 text-sm text-slate-600">Times are in the event&rsquo;s time zone ({event.timezone}).</p>
        </div>
        {rolesAllow(actor, "content.manage", event.actorRoles) ? (
          <Link href={`${base}/new`} className={buttonClasses("primary")}>
            New session
          </Link>
        ) : null}
      </div>

      {/* A GET form: the filters live in the URL, so a filtered list is a link to share. Keyed by
          the filters so that "Clear filters" (a client-side navigation) also resets the inputs. */}
      <Form
        key={sessionListSearch({ ...filters, page: 1 })}
        action={base}
        role="search"
        aria-label="Filter sessions"
        className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-6"
      >
        <div className="space-y-1 sm:col-span-2">
          <label htmlFor="filter-q" className="block text-sm font-medium text-slate-800">
            Search
          </label>
          <input
            id="filter-q"
            name="q"
            type="search"
            defaultValue={filters.q}
            placeholder="Title, abstract or speaker"
            className={inputClasses}
          />
        </div>
        <FilterSelect id="filter-state" name="state" label="State" value={filters.state ?? ""}>
          <option value={SUBMITTED}>submitted (all but drafts)</option>
          {SESSION_STATES.map((state) => (
            <option key={state} value={state}>
              {state}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="filter-track" name="track" label="Track" value={filters.track ? String(filters.track) : ""}>
          {tracks.map((track) => (
            <option key={track.id} value={track.id}>
              {track.name}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="filter-room" name="room" label="Room" value={filters.room ? String(filters.room) : ""}>
          {rooms.map((room) => (
            <option key={room.id} value={room.id}>
              {room.name}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="filter-type" name="type" label="Type" value={filters.type ? String(filters.type) : ""}>
          {types.map((type) => (
            <option key={type.id} value={type.id}>
              {type.name}
            </option>
          ))}
        </FilterSelect>
        <div className="flex flex-wrap items-center gap-2 sm:col-span-2 lg:col-span-6">
          <button type="submit" className={buttonClasses("secondary")}>
            Apply filters
          </button>
          {filtered ? (
            <Link href={base} className={buttonClasses("ghost")}>
              Clear filters
            </Link>
          ) : null}
        </div>
      </Form>

      <p role="status" aria-live="polite" className="text-sm text-slate-600" data-testid="sessions-count">
        {count === 1 ? "1 session" : `${count} sessions`}
        {filtered ? " match the filters" : ""}
      </p>

      <SessionsTable
        eventId={event.identifier}
        rows={rows}
        canDecide={canDecide}
        emptyText={filtered ? "No session matches these filters." : "No sessions yet."}
      />

      <ListPagination
        page={filters.page}
        pageSize={SESSION_LIST_PAGE_SIZE}
        count={count}
        href={(page) => `${base}${sessionListSearch(filters, page)}`}
      />
    </div>
  );
}

function FilterSelect({
  id,
  name,
  label,
  value,
  children,
}: {
  id: string;
  name: string;
  label: string;
  value: string;
  children: React.ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className={inputClasses}>
        <option value="">All</option>
        {children}
      </select>
    </div>
  );
}
