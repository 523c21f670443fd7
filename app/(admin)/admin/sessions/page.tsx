import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { SessionStateBadge } from "@/components/sessions/state-badge";
import { SESSION_STATE_FILTER_OPTIONS } from "@/components/sessions/state-filter-options";
import type { SearchParams } from "@/components/server/search-params";
import { FilterCount, FilterForm, FilterSearch, FilterSelect } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireSessionActor } from "@/lib/auth/session";
import { parseSessionListParams, SESSION_LIST_PAGE_SIZE, sessionListSearch } from "@/lib/sessions/dashboard-query";
import { findAdminSessions } from "@/lib/sessions/find-admin-sessions";
import type { SessionState } from "@/lib/sessions/states";

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
export default async function AdminSessionsPage({ searchParams }: { searchParams: SearchParams }) {
  const filters = parseSessionListParams(await searchParams);
  const search = (page?: number) => sessionListSearch({ ...filters, track: null, room: null, type: null }, page);
  const actor = await requireSessionActor(`/admin/sessions${search()}`);
  const { items, count } = await findAdminSessions(actor, filters);
  const rows = items as unknown as LoadedRow[];
  const filtered = Boolean(filters.state || filters.q);

  return (
    <div className="space-y-4">
      <PageHeader title="Sessions" description={<>The sessions of every live event; open one in its event&rsquo;s dashboard.</>} />

      <FilterForm action="/admin/sessions" label="Filter sessions" resetKey={search(1)} filtered={filtered} className="sm:grid-cols-3" actionsClassName="sm:col-span-3">
        <FilterSearch id="session-q" value={filters.q} placeholder="Title, abstract or speaker" className="sm:col-span-2" />
        <FilterSelect id="session-state" name="state" label="State" value={filters.state} options={SESSION_STATE_FILTER_OPTIONS} />
      </FilterForm>

      <FilterCount count={count} noun={["session", "sessions"]} filtered={filtered} testId="sessions-count" />

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

      <Pagination page={filters.page} pageSize={SESSION_LIST_PAGE_SIZE} count={count} href={(page) => `/admin/sessions${search(page)}`} />
    </div>
  );
}
