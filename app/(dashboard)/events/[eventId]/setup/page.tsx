import type { Metadata } from "next";
import Link from "next/link";
import { EventSetupForm } from "@/components/event-setup/event-setup-form";
import { orNotFound } from "@/components/server/or-not-found";
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
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link href="/events" className="hover:text-slate-800 hover:underline">
          My events
        </Link>{" "}
        /{" "}
        <Link href={`/events/${encodeURIComponent(event.identifier)}`} className="hover:text-slate-800 hover:underline">
          {event.name}
        </Link>{" "}
        / <span aria-current="page">Setup</span>
      </nav>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Sessions &amp; speakers setup</h1>
        <p className="mt-1 text-sm text-slate-600">
          Tracks, rooms and session types that sessions are filed under. Everything on this page is saved together;
          nothing changes until you save.
        </p>
      </div>
      <EventSetupForm eventId={event.identifier} initial={setup} />
    </div>
  );
}
