import type { Metadata } from "next";
import Link from "next/link";
import { TaxonomyForm, TaxonomyList } from "@/components/admin/taxonomy-editor";
import { orNotFound } from "@/components/server/or-not-found";
import { requireSessionActor } from "@/lib/auth/session";
import { getEventTopicWithSubTopics } from "@/lib/taxonomy/admin";

export const metadata: Metadata = { title: "Event topic · Admin" };

/** One topic: its name, slug and system image, and its sub-topics. */
export default async function AdminEventTopicPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireSessionActor(`/admin/event-topics/${encodeURIComponent(id)}`);
  const { topic, subTopics, subTopicCount } = await orNotFound(getEventTopicWithSubTopics(actor, id));

  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link href="/admin/event-topics" className="hover:text-slate-800 hover:underline">
          Event topics
        </Link>{" "}
        / <span aria-current="page">{topic.name}</span>
      </nav>
      <h1 className="text-2xl font-semibold tracking-tight">{topic.name}</h1>
      <section aria-labelledby="edit-topic" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
        <h2 id="edit-topic" className="mb-3 text-base font-semibold">
          Topic
        </h2>
        <TaxonomyForm
          key={`${topic.name}|${topic.slug}|${topic.systemImageUrl ?? ""}`}
          kind="event-topic"
          id={topic.id}
          withImage
          noun="Topic"
          defaults={{ name: topic.name, slug: topic.slug, systemImageUrl: topic.systemImageUrl ?? "" }}
        />
      </section>
      <section aria-labelledby="sub-topics" className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
        <h2 id="sub-topics" className="text-base font-semibold">
          Sub-topics ({subTopicCount})
        </h2>
        <TaxonomyForm kind="event-sub-topic" id={null} parentId={topic.id} withImage={false} noun="Sub-topic" />
        <TaxonomyList kind="event-sub-topic" rows={subTopics} withImage={false} noun="Sub-topic" />
      </section>
    </div>
  );
}
