import type { Metadata } from "next";
import { EventBreadcrumb } from "@/components/dashboard/breadcrumb";
import { orNotFound } from "@/components/server/or-not-found";
import { getSessionsEvent } from "@/lib/dashboard/get-sessions-event";
import { emptySessionFormValues, SessionForm } from "@/components/sessions/session-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireSessionActor } from "@/lib/auth/session";
import { getFormDefinition } from "@/lib/custom-forms/get-form-definition";
import { toZoneWallTime } from "@/lib/format/dates";

export const metadata: Metadata = { title: "New session" };

export default async function NewSessionPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  const actor = await requireSessionActor(`/events/${encodeURIComponent(eventId)}/sessions/new`);
  const { event, tracks, rooms, types } = await orNotFound(getSessionsEvent(actor, eventId));
  const definition = await getFormDefinition(actor, event.id, "session");
  const base = `/events/${encodeURIComponent(event.identifier)}/sessions`;

  return (
    <div className="space-y-6">
      <EventBreadcrumb event={event} trail={[{ label: "Sessions", href: base }, { label: "New session" }]} />
      <PageHeader title="New session" />
      <SessionForm
        mode="create"
        eventId={event.identifier}
        zone={event.timezone}
        eventStart={toZoneWallTime(event.startsAt, event.timezone)}
        eventEnd={toZoneWallTime(event.endsAt, event.timezone)}
        tracks={tracks}
        rooms={rooms}
        types={types}
        definition={definition}
        defaultValues={emptySessionFormValues}
      />
    </div>
  );
}
