"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

/** What `GET /v1/tasks/{id}` answers. */
interface TaskStatus {
  state: "PENDING" | "STARTED" | "SUCCESS" | "FAILURE";
  progress?: { text: string | null; percent: number | null };
  result?: { download_url?: string };
  error?: { message: string };
}

interface ExportJobRow {
  id: number;
  taskId: string;
  format: string;
  status: string;
  startsAt: string;
  user: { id: number; name: string } | null;
  downloadUrl: string | null;
}

const FORMATS = [
  { format: "ical", label: "iCal", path: "ical", hint: "Calendar file (.ics) of the public schedule" },
  { format: "xcal", label: "xCal", path: "xcal", hint: "The same calendar as XML (RFC 6321)" },
  { format: "pentabarf", label: "Pentabarf XML", path: "pentabarf", hint: "frab/Pentabarf schedule for conference apps" },
  { format: "frab-json", label: "frab JSON", path: "frab-json", hint: "The frab schedule as JSON" },
  { format: "json", label: "JSON zip", path: "json", hint: "Full backup of the event, importable again (includes private data)" },
  { format: "sessions-csv", label: "Sessions CSV", path: "sessions/csv", hint: "Every session, for spreadsheets (includes private data)" },
  { format: "speakers-csv", label: "Speakers CSV", path: "speakers/csv", hint: "Every speaker, for spreadsheets (includes private data)" },
] as const;
type Format = (typeof FORMATS)[number]["format"];
const LABELS = Object.fromEntries(FORMATS.map((f) => [f.format, f.label])) as Record<string, string>;

const MEDIA = ["image", "video", "document", "audio"] as const;
type Media = (typeof MEDIA)[number];

async function apiError(response: Response): Promise<Error> {
  const body = (await response.json().catch(() => null)) as { errors?: { detail?: string }[] } | null;
  return new Error(body?.errors?.[0]?.detail ?? `The server answered ${response.status}`);
}

const finished = (task: TaskStatus | undefined) => task?.state === "SUCCESS" || task?.state === "FAILURE";

/** Starts exports, follows the running one, and lists the event's recent exports. */
export function ExportPanel({ eventKey }: { eventKey: string }) {
  const queryClient = useQueryClient();
  const base = `/v1/events/${encodeURIComponent(eventKey)}`;
  const [media, setMedia] = useState<Record<Media, boolean>>({ image: false, video: false, document: false, audio: false });
  const [running, setRunning] = useState<{ format: Format; taskUrl: string } | null>(null);

  const start = useMutation({
    mutationFn: async (format: Format) => {
      const spec = FORMATS.find((f) => f.format === format)!;
      const response = await fetch(`${base}/export/${spec.path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(format === "json" ? media : {}),
      });
      if (!response.ok) throw await apiError(response);
      const { task_url } = (await response.json()) as { task_url: string };
      return { format, taskUrl: task_url };
    },
    onSuccess: (started) => {
      setRunning(started);
      void queryClient.invalidateQueries({ queryKey: ["export-jobs", eventKey] });
    },
  });

  const task = useQuery({
    queryKey: ["task", running?.taskUrl],
    enabled: Boolean(running),
    staleTime: 0,
    queryFn: async () => {
      const response = await fetch(running!.taskUrl, { cache: "no-store" });
      if (!response.ok) throw await apiError(response);
      const status = (await response.json()) as TaskStatus;
      if (finished(status)) void queryClient.invalidateQueries({ queryKey: ["export-jobs", eventKey] });
      return status;
    },
    // Polls until the task has an outcome; then stops.
    refetchInterval: (query) => (finished(query.state.data) ? false : 500),
  });

  const jobs = useQuery({
    queryKey: ["export-jobs", eventKey],
    staleTime: 0,
    queryFn: async () => {
      const response = await fetch(`${base}/export-jobs`, { cache: "no-store" });
      if (!response.ok) throw await apiError(response);
      return ((await response.json()) as { data: ExportJobRow[] }).data;
    },
  });

  const status = task.data;
  const percent = status?.state === "SUCCESS" ? 100 : (status?.progress?.percent ?? 0);
  const busy = start.isPending || (running !== null && !finished(status) && !task.isError);

  return (
    <div className="space-y-6">
      <Card
        id="export-formats"
        title="Export"
        description="Calendar and schedule files hold the public schedule only. The JSON zip and the CSV files hold everything, private data included."
      >
        <ul className="mt-4 grid gap-3 sm:grid-cols-2">
          {FORMATS.map((spec) => (
            <li key={spec.format} className="flex flex-col gap-2 rounded-lg border border-slate-200 p-3">
              <div className="flex items-center justify-between gap-3">
                <span className="text-sm text-slate-600">{spec.hint}</span>
                <Button variant="secondary" disabled={busy} onClick={() => start.mutate(spec.format)} className="shrink-0">
                  {spec.label}
                </Button>
              </div>
              {spec.format === "json" ? (
                <fieldset className="flex flex-wrap gap-x-4 gap-y-1">
                  <legend className="sr-only">Media to include in the JSON zip</legend>
                  {MEDIA.map((kind) => (
                    <label key={kind} className="inline-flex items-center gap-1.5 text-sm">
                      <input
                        type="checkbox"
                        checked={media[kind]}
                        onChange={(event) => setMedia((current) => ({ ...current, [kind]: event.target.checked }))}
                        className="h-4 w-4 rounded border-slate-300"
                      />
                      {kind === "image" ? "Images" : kind === "video" ? "Videos" : kind === "document" ? "Documents" : "Audio"}
                    </label>
                  ))}
                </fieldset>
              ) : null}
            </li>
          ))}
        </ul>

        <div className="mt-4" aria-live="polite">
          {start.isError ? (
            <p role="alert" className="text-sm text-red-700">
              The export could not be started: {start.error.message}
            </p>
          ) : null}
          {running ? (
            <div className="space-y-2" data-testid="export-status">
              <p className="text-sm font-medium">{LABELS[running.format]} export</p>
              {status?.state !== "FAILURE" ? (
                <div className="flex items-center gap-3">
                  <progress
                    max={100}
                    value={percent}
                    aria-label={`${LABELS[running.format]} export progress`}
                    aria-valuetext={`${percent}%: ${status?.progress?.text ?? "Waiting to start"}`}
                    className="h-2 w-full max-w-md"
                  />
                  <span className="text-sm text-slate-600">
                    {percent}% {status?.state === "SUCCESS" ? "Done" : (status?.progress?.text ?? "Waiting to start")}
                  </span>
                </div>
              ) : null}
              {status?.state === "SUCCESS" && status.result?.download_url ? (
                <a href={status.result.download_url} download className="text-sm font-medium text-brand-700 underline">
                  Download {LABELS[running.format]} file
                </a>
              ) : null}
              {status?.state === "FAILURE" ? (
                <p role="alert" className="text-sm text-red-700">
                  The export failed: {status.error?.message ?? "unknown error"}
                </p>
              ) : null}
              {task.isError ? (
                <p role="alert" className="text-sm text-red-700">
                  The export&apos;s progress could not be read: {task.error.message}
                </p>
              ) : null}
            </div>
          ) : null}
        </div>
      </Card>

      <Card id="recent-exports" title="Recent exports">
        {jobs.isPending ? (
          <p className="mt-3 text-sm text-slate-600">Loading…</p>
        ) : jobs.isError ? (
          <p role="alert" className="mt-3 text-sm text-red-700">
            {jobs.error.message}
          </p>
        ) : jobs.data.length === 0 ? (
          <p className="mt-3 text-sm text-slate-600">No exports yet.</p>
        ) : (
          // relative: the sr-only texts inside are absolutely positioned and would escape the scroller, widening a phone's page.
          <div className="relative mt-3 overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="recent-exports">
              <thead className="text-slate-500">
                <tr>
                  <th className="py-2 pr-4 font-medium">Format</th>
                  <th className="py-2 pr-4 font-medium">By</th>
                  <th className="py-2 pr-4 font-medium">When</th>
                  <th className="py-2 pr-4 font-medium">Status</th>
                  <th className="py-2 font-medium">
                    <span className="sr-only">Download</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {jobs.data.map((job) => (
                  <tr key={job.id}>
                    <td className="py-2 pr-4">{LABELS[job.format] ?? job.format}</td>
                    <td className="py-2 pr-4">{job.user?.name ?? "—"}</td>
                    <td className="py-2 pr-4">
                      <time dateTime={job.startsAt}>{new Date(job.startsAt).toLocaleString()}</time>
                    </td>
                    <td className="py-2 pr-4">
                      <Badge tone={job.status === "done" ? "green" : job.status === "failed" ? "amber" : "slate"}>{job.status}</Badge>
                    </td>
                    <td className="py-2">
                      {job.downloadUrl ? (
                        <a href={job.downloadUrl} download className="text-brand-700 underline">
                          Download
                        </a>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
