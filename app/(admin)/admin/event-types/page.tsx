import type { Metadata } from "next";
import { TaxonomyForm, TaxonomyList } from "@/components/admin/taxonomy-editor";
import type { SearchParams } from "@/components/server/search-params";
import { Pagination, pageNumber } from "@/components/ui/pagination";
import { requireAdminActor } from "@/components/server/admin-actor";
import { findEventTypeStatistics } from "@/lib/stats/find-event-taxonomy-statistics";
import { findEventTypePage, TAXONOMY_PAGE_SIZE } from "@/lib/taxonomy/admin";

export const metadata: Metadata = { title: "Event types · Admin" };

export default async function AdminEventTypesPage({ searchParams }: { searchParams: SearchParams }) {
  const page = pageNumber((await searchParams).page);
  const actor = await requireAdminActor("/admin/event-types");
  const [{ items, count }, stats] = await Promise.all([findEventTypePage(actor, page), findEventTypeStatistics(actor)]);
  const counts = Object.fromEntries(stats.map((row) => [row.id, { count: row.count, href: `/admin/events?type=${row.id}` }]));

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Event types</h1>
        <p className="mt-1 text-sm text-slate-600">The kinds of events (conference, meetup, …). A type still used by events cannot be deleted.</p>
      </div>
      <section aria-labelledby="add-type" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
        <h2 id="add-type" className="mb-3 text-base font-semibold">
          Add a type
        </h2>
        <TaxonomyForm kind="event-type" id={null} withImage={false} noun="Type" />
      </section>
      <section aria-labelledby="types" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
        <h2 id="types" className="text-base font-semibold">
          Types ({count})
        </h2>
        <TaxonomyList kind="event-type" rows={items} withImage={false} noun="Type" counts={counts} />
        <Pagination page={page} pageSize={TAXONOMY_PAGE_SIZE} count={count} href={(n) => (n > 1 ? `/admin/event-types?page=${n}` : "/admin/event-types")} />
      </section>
    </div>
  );
}
