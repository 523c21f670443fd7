import type { Metadata } from "next";
import Link from "next/link";
import { ImportUploader } from "@/components/import/import-uploader";
import { PastImports } from "@/components/import/past-imports";
import { requireSessionActor } from "@/lib/auth/session";
import { findImportJobs } from "@/lib/import/find-import-jobs";
import { IMPORT_LIMITS } from "@/lib/import/limits";

export const metadata: Metadata = { title: "Import an event" };

export default async function ImportEventPage() {
  const actor = await requireSessionActor("/events/import");
  // The page lists the caller's own imports, also for an admin (the API lists everyone's).
  const { items } = await findImportJobs(actor, { where: { userId: actor.id }, page: { size: 20, number: 1 }, include: { event: {} } });

  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <Link href="/events" className="text-sm text-slate-600 hover:underline">
          ← My events
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight">Import an event</h1>
        <p className="text-sm text-slate-600">
          Upload an Open Event JSON export (.zip), from this site or from Open Event. The event is created as a draft that you own;
          if anything in the archive is wrong, nothing is imported and you are told what and where.
        </p>
      </div>
      <ImportUploader maxBytes={IMPORT_LIMITS.maxUploadBytes} />
      <PastImports
        jobs={items.map((job) => ({
          id: job.id,
          status: job.resultStatus,
          startsAt: job.startsAt.toISOString(),
          result: job.result as { event_name?: string; url?: string; error?: string } | null,
          eventAlive: Boolean(job.event && !(job.event as { deletedAt: Date | null }).deletedAt),
        }))}
      />
    </div>
  );
}
