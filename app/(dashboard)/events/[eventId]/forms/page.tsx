import type { Metadata } from "next";
import { FormBuilder } from "@/components/custom-forms/form-builder-tabs";
import { EventBreadcrumb } from "@/components/dashboard/breadcrumb";
import { orNotFound } from "@/components/server/or-not-found";
import { PageHeader } from "@/components/ui/page-header";
import { requireSessionActor } from "@/lib/auth/session";
import { getFormBuilder } from "@/lib/custom-forms/get-form-builder";

export const metadata: Metadata = { title: "Forms" };

export default async function EventFormsPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  const actor = await requireSessionActor(`/events/${encodeURIComponent(eventId)}/forms`);
  // Only those who may change the forms get the builder; others a 404.
  const { event, definition, tracks, types } = await orNotFound(getFormBuilder(actor, eventId));

  return (
    <div className="space-y-6">
      <EventBreadcrumb event={event} trail={[{ label: "Forms" }]} />
      <PageHeader
        title="Forms"
        description="What the proposal page and the session and speaker forms ask for: switch built-in fields in or out, make them required, add your own, and put them in order. Each form is saved as a whole."
      />
      <FormBuilder eventId={event.identifier} definition={definition} tracks={tracks} types={types} />
    </div>
  );
}
