import type { Metadata } from "next";
import { EventBreadcrumb } from "@/components/dashboard/breadcrumb";
import { orNotFound } from "@/components/server/or-not-found";
import { emptySpeakerFormValues, SpeakerForm } from "@/components/speakers/speaker-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireSessionActor } from "@/lib/auth/session";
import { getFormDefinition } from "@/lib/custom-forms/get-form-definition";
import { getEvent } from "@/lib/events/get-event";

export const metadata: Metadata = { title: "New speaker" };

export default async function NewSpeakerPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  const actor = await requireSessionActor(`/events/${encodeURIComponent(eventId)}/speakers/new`);
  const event = await orNotFound(getEvent(actor, eventId, "content.manage"));
  const base = `/events/${encodeURIComponent(event.identifier)}/speakers`;
  return (
    <div className="space-y-6">
      <EventBreadcrumb event={event} trail={[{ label: "Speakers", href: base }, { label: "New speaker" }]} />
      <PageHeader title="New speaker" />
      <SpeakerForm mode="create" eventId={event.identifier} defaultValues={emptySpeakerFormValues} definition={await getFormDefinition(actor, event.id, "speaker")} />
    </div>
  );
}
