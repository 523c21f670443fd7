import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

export interface ImportTaskStatus {
  state: "PENDING" | "STARTED" | "SUCCESS" | "FAILURE";
  progress?: { text: string | null; percent: number | null };
  result?: { id: number; event_name: string; url: string; skipped?: string[]; counts?: Record<string, number> };
  error?: { message: string };
}

/**
 * Where an import stands. While it runs: a progress bar with the step being done. When it has
 * failed: the failure and its reason, and no bar or percentage (the percent a failed task
 * reached says nothing about the result, which is that nothing was imported). When it is done:
 * what was imported and a link to it.
 */
export function ImportProgress({ status }: { status: ImportTaskStatus | undefined }) {
  if (status?.state === "FAILURE") {
    return (
      <div role="alert" className="space-y-1 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800" data-testid="import-failure">
        <p className="font-semibold" data-testid="import-progress-text">
          Import failed
        </p>
        <p>{status.error?.message ?? "The import failed"}. Nothing was imported.</p>
      </div>
    );
  }

  const percent = status?.state === "SUCCESS" ? 100 : (status?.progress?.percent ?? 0);
  const text = status?.state === "SUCCESS" ? "Import finished" : (status?.progress?.text ?? "Waiting to start…");
  return (
    <div className="space-y-4">
      <div className="space-y-2">
        <div className="flex items-center justify-between text-sm">
          <span aria-live="polite" data-testid="import-progress-text">
            {text}
          </span>
          <span className="tabular-nums text-slate-600">{percent}%</span>
        </div>
        <div
          role="progressbar"
          aria-label="Import progress"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={`${percent}%${status?.progress?.text ? ` — ${status.progress.text}` : ""}`}
          className="h-2 overflow-hidden rounded-full bg-slate-200"
        >
          <div className="h-full bg-brand-600 transition-[width]" style={{ width: `${percent}%` }} />
        </div>
      </div>
      {status?.state === "SUCCESS" && status.result ? (
        <div className="space-y-3">
          <p className="text-sm text-slate-700">
            <strong>{status.result.event_name}</strong> was imported as a draft
            {status.result.counts
              ? ` with ${status.result.counts.sessions ?? 0} sessions and ${status.result.counts.speakers ?? 0} speakers`
              : ""}
            .
          </p>
          <Link href={status.result.url} className={buttonClasses("primary")}>
            Open {status.result.event_name}
          </Link>
          {status.result.skipped?.length ? (
            <details className="text-sm text-slate-700">
              <summary className="cursor-pointer">Not imported ({status.result.skipped.length})</summary>
              <ul className="mt-2 list-disc space-y-1 pl-5">
                {status.result.skipped.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </details>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
