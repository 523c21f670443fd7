import type { Metadata } from "next";
import { EventBreadcrumb } from "@/components/dashboard/breadcrumb";
import { EventSetupForm } from "@/components/event-setup/event-setup-form";
import { orNotFound } from "@/components/server/or-not-found";
import { PageHeader } from "@/components/ui/page-header";
import { requireSessionActor } from "@/lib/auth/session";
import { getEventSetup } from "@/lib/event-setup/get-event-setup";

export const metadata: Metadata = { title: "Sessions & speakers setup" };

export default async function EventSetupPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  const actor = await requireSessionActor(`/events/${encodeURIComponent(eventId)}/setup`);
  // Only those who may change tracks, rooms and session types get the editor; others a 404.
  const { event, setup } = await orNotFound(getEventSetup(actor, eventId));

  return (
    <div className="space-y-6">
      <EventBreadcrumb event={event} trail={[{ label: "Setup" }]} />
      <PageHeader
        title="Sessions & speakers setup"
        description="Tracks, rooms and session types that sessions are filed under. Everything on this page is saved together; nothing changes until you save."
      />
      <EventSetupForm eventId={event.identifier} initial={setup} />
    </div>
  );
}
