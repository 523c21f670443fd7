import type { Metadata } from "next";
import { EventBreadcrumb } from "@/components/dashboard/breadcrumb";
import { EventForm, type EventFormValues } from "@/components/events/event-form";
import { orNotFound } from "@/components/server/or-not-found";
import { PageHeader } from "@/components/ui/page-header";
import { requireSessionActor } from "@/lib/auth/session";
import { findTaxonomyChoices } from "@/lib/events/find-taxonomy-choices";
import { getEvent } from "@/lib/events/get-event";
import { toZoneWallTime } from "@/lib/format/dates";

export const metadata: Metadata = { title: "Edit event" };

export default async function EditEventPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  const actor = await requireSessionActor(`/events/${encodeURIComponent(eventId)}/edit`);
  const event = await orNotFound(getEvent(actor, eventId, "event.update"));
  // The form edits wall times in the event's zone; the stored instants are converted here.
  const values: EventFormValues = {
    name: event.name,
    timezone: event.timezone,
    startsAt: toZoneWallTime(event.startsAt, event.timezone),
    endsAt: toZoneWallTime(event.endsAt, event.timezone),
    locationName: event.locationName ?? "",
    online: event.online,
    description: event.description ?? "",
    originalImageUrl: event.originalImageUrl ?? "",
    logoUrl: event.logoUrl ?? "",
    privacy: event.privacy,
    eventTopicId: event.eventTopicId ? String(event.eventTopicId) : "",
    eventSubTopicId: event.eventSubTopicId ? String(event.eventSubTopicId) : "",
    eventTypeId: event.eventTypeId ? String(event.eventTypeId) : "",
    ownerName: event.ownerName ?? "",
    ownerDescription: event.ownerDescription ?? "",
    hasOwnerInfo: event.hasOwnerInfo,
    email: event.email ?? "",
    externalEventUrl: event.externalEventUrl ?? "",
    ticketUrl: event.ticketUrl ?? "",
    paymentCurrency: event.paymentCurrency,
    codeOfConduct: event.codeOfConduct ?? "",
  };

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <EventBreadcrumb event={event} trail={[{ label: "Edit" }]} />
      <PageHeader title="Edit event" />
      <EventForm mode="edit" eventId={event.identifier} defaultValues={values} taxonomy={await findTaxonomyChoices()} />
    </div>
  );
}
