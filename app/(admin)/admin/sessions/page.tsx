import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { FilterSelect } from "@/components/admin/filter-select";
import { ListPagination } from "@/components/sessions/list-pagination";
import { SessionStateBadge } from "@/components/sessions/state-badge";
import { buttonClasses } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import { requireSessionActor } from "@/lib/auth/session";
import { parseSessionListParams, SESSION_LIST_PAGE_SIZE, sessionListSearch, SUBMITTED } from "@/lib/sessions/dashboard-query";
import { findAdminSessions } from "@/lib/sessions/find-admin-sessions";
import { SESSION_STATES, type SessionState } from "@/lib/sessions/states";

export const metadata: Metadata = { title: "Sessions · Admin" };

interface LoadedRow {
  id: number;
  title: string;
  state: SessionState;
  submittedAt: Date | null;
  event?: { identifier: string; name: string };
  speakers?: { name: string }[];
}

const DAY = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** Every live session of every live event: the list behind the dashboard's session numbers. */
export default async function AdminSessionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const filters = parseSessionListParams(await searchParams);
  const search = (page?: number) => sessionListSearch({ ...filters, track: null, room: null, type: null }, page);
  const actor = await requireSessionActor(`/admin/sessions${search()}`);
  const { items, count } = await findAdminSessions(actor, filters);
  const rows = items as unknown as LoadedRow[];
  const filtered = Boolean(filters.state || filters.q);

  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Sessions</h1>
        <p className="mt-1 text-sm text-slate-600">The sessions of every live event; open one in its event&rsquo;s dashboard.</p>
      </div>

      <Form
        key={search(1)}
        action="/admin/sessions"
        role="search"
        aria-label="Filter sessions"
        className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-3"
      >
        <div className="min-w-0 space-y-1 sm:col-span-2">
          <label htmlFor="session-q" className="block text-sm font-medium text-slate-800">
            Search
          </label>
          <input id="session-q" name="q" type="search" defaultValue={filters.q} placeholder="Title, abstract or speaker" className={inputClasses} />
        </div>
        <FilterSelect id="session-state" name="state" label="State" value={filters.state ?? ""}>
          <option value={SUBMITTED}>submitted (all but drafts)</option>
          {SESSION_STATES.map((state) => (
            <option key={state} value={state}>
              {state}
            </option>
          ))}
        </FilterSelect>
        <div className="flex flex-wrap items-center gap-2 sm:col-span-3">
          <button type="submit" className={buttonClasses("secondary")}>
            Apply filters
          </button>
          {filtered ? (
            <Link href="/admin/sessions" className={buttonClasses("ghost")}>
              Clear filters
            </Link>
          ) : null}
        </div>
      </Form>

      <p role="status" aria-live="polite" className="text-sm text-slate-600" data-testid="sessions-count">
        {count === 1 ? "1 session" : `${count} sessions`}
        {filtered ? (count === 1 ? " matches the filters" : " match the filters") : ""}
      </p>

      {rows.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center text-slate-600">
          {filtered ? "No session matches these filters." : "No sessions yet."}
        </p>
      ) : (
        <ul className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
          {rows.map((session) => {
            const event = session.event;
            return (
              <li key={session.id} className="space-y-1 p-4">
                <p className="flex flex-wrap items-center gap-2">
                  {event ? (
                    <Link
                      href={`/events/${encodeURIComponent(event.identifier)}/sessions/${session.id}`}
                      className="font-medium text-brand-700 hover:underline"
                    >
                      {session.title}
                    </Link>
                  ) : (
                    <span className="font-medium">{session.title}</span>
                  )}
                  <SessionStateBadge state={session.state} />
                </p>
                <p className="break-words text-sm text-slate-600">
                  {[
                    event?.name,
                    (session.speakers ?? []).map((speaker) => speaker.name).join(", ") || null,
                    session.submittedAt ? `submitted ${DAY.format(session.submittedAt)}` : null,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
              </li>
            );
          })}
        </ul>
      )}

      <ListPagination page={filters.page} pageSize={SESSION_LIST_PAGE_SIZE} count={count} href={(page) => `/admin/sessions${search(page)}`} />
    </div>
  );
}
