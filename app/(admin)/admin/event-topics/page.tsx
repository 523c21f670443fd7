import type { Metadata } from "next";
import { TaxonomyForm, TaxonomyList } from "@/components/admin/taxonomy-editor";
import type { SearchParams } from "@/components/server/search-params";
import { Pagination, pageNumber } from "@/components/ui/pagination";
import { requireAdminActor } from "@/components/server/admin-actor";
import { findEventTopicStatistics } from "@/lib/stats/find-event-taxonomy-statistics";
import { findEventTopicPage, TAXONOMY_PAGE_SIZE } from "@/lib/taxonomy/admin";

export const metadata: Metadata = { title: "Event topics · Admin" };

export default async function AdminEventTopicsPage({ searchParams }: { searchParams: SearchParams }) {
  const page = pageNumber((await searchParams).page);
  const actor = await requireAdminActor("/admin/event-topics");
  const [{ items, count }, stats] = await Promise.all([findEventTopicPage(actor, page), findEventTopicStatistics(actor)]);
  const counts = Object.fromEntries(stats.map((row) => [row.id, { count: row.count, href: `/admin/events?topic=${row.id}` }]));

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Event topics</h1>
        <p className="mt-1 text-sm text-slate-600">
          What events are about. A topic&rsquo;s system image is shown for its events that have no image of their own; open a topic for its
          sub-topics. A topic still used by events cannot be deleted.
        </p>
      </div>
      <section aria-labelledby="add-topic" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
        <h2 id="add-topic" className="mb-3 text-base font-semibold">
          Add a topic
        </h2>
        <TaxonomyForm kind="event-topic" id={null} withImage noun="Topic" />
      </section>
      <section aria-labelledby="topics" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
        <h2 id="topics" className="text-base font-semibold">
          Topics ({count})
        </h2>
        <TaxonomyList kind="event-topic" rows={items} withImage noun="Topic" counts={counts} detailBase="/admin/event-topics" />
        <Pagination page={page} pageSize={TAXONOMY_PAGE_SIZE} count={count} href={(n) => (n > 1 ? `/admin/event-topics?page=${n}` : "/admin/event-topics")} />
      </section>
    </div>
  );
}
