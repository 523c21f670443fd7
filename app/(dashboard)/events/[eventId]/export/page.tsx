import type { Metadata } from "next";
import { headers } from "next/headers";
import { EmbedPanel } from "@/components/export/embed-panel";
import { ExportPanel } from "@/components/export/export-panel";
import { RestApiPanel } from "@/components/export/rest-api-panel";
import { orNotFound } from "@/components/server/or-not-found";
import { PageHeader } from "@/components/ui/page-header";
import { requireSessionActor } from "@/lib/auth/session";
import { getEvent } from "@/lib/events/get-event";
import { siteOrigin } from "@/lib/feeds/site-origin";

export const metadata: Metadata = { title: "Export" };

/** Co-organizers and up export the event; for others it is a 404 (as the export API). */
export default async function ExportPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  const actor = await requireSessionActor(`/events/${encodeURIComponent(eventId)}/export`);
  const event = await orNotFound(getEvent(actor, eventId, "event.export"));

  return (
    <div className="space-y-6">
      <PageHeader title="Export" description={`Download ${event.name} as calendar, schedule, backup or spreadsheet files.`} />
      <ExportPanel eventKey={event.identifier} />
      <RestApiPanel identifier={event.identifier} published={event.state === "published" && event.privacy === "public"} />
      <EmbedPanel
        origin={siteOrigin(await headers())}
        identifier={event.identifier}
        published={event.state === "published" && event.privacy === "public" && Boolean(event.schedulePublishedOn)}
      />
    </div>
  );
}
