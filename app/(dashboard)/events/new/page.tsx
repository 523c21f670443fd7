import type { Metadata } from "next";
import { Breadcrumb } from "@/components/dashboard/breadcrumb";
import { EventForm } from "@/components/events/event-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireSessionActor } from "@/lib/auth/session";
import { findTaxonomyChoices } from "@/lib/events/find-taxonomy-choices";

export const metadata: Metadata = { title: "Create event" };

export default async function NewEventPage() {
  await requireSessionActor("/events/new");
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <Breadcrumb trail={[{ label: "My events", href: "/events" }, { label: "Create event" }]} />
      <PageHeader title="Create event" description="New events start as drafts; publish when the page is ready." />
      <EventForm mode="create" taxonomy={await findTaxonomyChoices()} />
    </div>
  );
}
