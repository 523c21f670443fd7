import Link from "next/link";
import { Badge } from "@/components/ui/badge";

export interface PastImport {
  id: number;
  status: string;
  startsAt: string;
  result: { event_name?: string; url?: string; error?: string } | null;
  /** The imported event still exists (it may have been deleted since). */
  eventAlive: boolean;
}

const STATUS: Record<string, { label: string; tone: "green" | "amber" | "slate" }> = {
  success: { label: "Imported", tone: "green" },
  failure: { label: "Failed", tone: "amber" },
  running: { label: "Running", tone: "slate" },
  pending: { label: "Waiting", tone: "slate" },
};

/** The user's earlier imports, newest first, with their outcome. */
export function PastImports({ jobs }: { jobs: PastImport[] }) {
  return (
    <section aria-labelledby="past-imports" className="space-y-3">
      <h2 id="past-imports" className="text-lg font-semibold">
        Past imports
      </h2>
      {jobs.length === 0 ? (
        <p className="text-sm text-slate-600">You have not imported any event yet.</p>
      ) : (
        <ul className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
          {jobs.map((job) => {
            const status = STATUS[job.status] ?? { label: job.status, tone: "slate" as const };
            return (
              <li key={job.id} className="flex flex-wrap items-center gap-3 p-4 text-sm" data-testid="past-import">
                <Badge tone={status.tone}>{status.label}</Badge>
                <time dateTime={job.startsAt} className="text-slate-500">
                  {new Date(job.startsAt).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC
                </time>
                {job.status === "success" && job.result?.url && job.eventAlive ? (
                  <Link href={job.result.url} className="font-medium text-brand-700 hover:underline">
                    {job.result.event_name ?? "Open the event"}
                  </Link>
                ) : job.status === "success" ? (
                  <span className="text-slate-600">{job.result?.event_name ?? "Event"} (since deleted)</span>
                ) : job.result?.error ? (
                  <span className="min-w-0 flex-1 break-words text-slate-700">{job.result.error}</span>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
