"use client";

import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type DragEvent, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ImportProgress, type ImportTaskStatus } from "./import-progress";

async function uploadArchive(file: File): Promise<string> {
  const body = new FormData();
  body.append("file", file);
  const response = await fetch("/v1/events/import/json", { method: "POST", body, credentials: "same-origin" });
  const json = (await response.json().catch(() => null)) as { task_url?: string; errors?: { detail?: string }[] } | null;
  if (!response.ok || !json?.task_url) throw new Error(json?.errors?.[0]?.detail ?? `The upload failed (${response.status})`);
  return json.task_url;
}

async function fetchTask(url: string): Promise<ImportTaskStatus> {
  const response = await fetch(url, { credentials: "same-origin", cache: "no-store" });
  if (!response.ok) throw new Error(`Could not read the import's progress (${response.status})`);
  return (await response.json()) as ImportTaskStatus;
}

const isDone = (task: ImportTaskStatus | undefined) => task?.state === "SUCCESS" || task?.state === "FAILURE";

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/**
 * Upload a zip (file picker or drag and drop), then follow the import task: react-query polls
 * `GET /v1/tasks/{id}` until it ends, driving the progress bar; success links to the new event.
 */
export function ImportUploader({ maxBytes }: { maxBytes: number }) {
  const router = useRouter();
  const inputId = useId();
  const hintId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [taskUrl, setTaskUrl] = useState<string | null>(null);

  const task = useQuery({
    queryKey: ["import-task", taskUrl],
    queryFn: () => fetchTask(taskUrl!),
    enabled: taskUrl !== null,
    staleTime: 0,
    refetchInterval: (query) => (isDone(query.state.data) ? false : 400),
  });
  const status = task.data;
  const done = isDone(status);

  // The past-imports list is server-rendered: refresh it once the task has ended.
  useEffect(() => {
    if (done) router.refresh();
  }, [done, router]);

  const choose = (chosen: File | null | undefined) => {
    setUploadError(null);
    if (!chosen) return;
    if (chosen.size > maxBytes) {
      setFile(null);
      setUploadError(`The file is larger than the limit of ${megabytes(maxBytes)}`);
      return;
    }
    setFile(chosen);
  };

  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files[0]);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setUploading(true);
    setUploadError(null);
    try {
      setTaskUrl(await uploadArchive(file));
    } catch (error) {
      setUploadError((error as Error).message);
    } finally {
      setUploading(false);
    }
  };

  const reset = () => {
    setTaskUrl(null);
    setFile(null);
    if (inputRef.current) inputRef.current.value = "";
  };

  const running = taskUrl !== null && !done;

  return (
    <section aria-label="Upload" className="space-y-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      {taskUrl === null ? (
        <form onSubmit={onSubmit} className="space-y-4">
          {/* The label is the drop zone; the real (visually hidden, focusable) input keeps keyboard and screen-reader use. */}
          <input
            ref={inputRef}
            id={inputId}
            type="file"
            name="file"
            accept=".zip,application/zip"
            aria-describedby={hintId}
            className="peer sr-only"
            onChange={(event) => choose(event.target.files?.[0])}
          />
          <label
            htmlFor={inputId}
            data-testid="import-drop-zone"
            onDragOver={(event) => {
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
            className={`flex cursor-pointer flex-col items-center justify-center gap-1 rounded-lg border-2 border-dashed px-6 py-10 text-center peer-focus-visible:ring-2 peer-focus-visible:ring-brand-500 ${
              dragging ? "border-brand-500 bg-brand-50" : "border-slate-300 hover:bg-slate-50"
            }`}
          >
            <span className="font-medium text-slate-900">{file ? file.name : "Drop a .zip here, or choose a file"}</span>
            <span id={hintId} className="text-sm text-slate-500">
              {file ? `${(file.size / 1024).toFixed(0)} kB` : `Open Event JSON export, at most ${megabytes(maxBytes)}`}
            </span>
          </label>
          {uploadError ? (
            <p role="alert" className="text-sm text-red-700">
              {uploadError}
            </p>
          ) : null}
          <Button type="submit" disabled={!file || uploading}>
            {uploading ? "Uploading…" : "Import"}
          </Button>
        </form>
      ) : (
        <div className="space-y-4">
          <ImportProgress status={status} />
          {task.error ? (
            <p role="alert" className="text-sm text-red-700">
              {(task.error as Error).message}
            </p>
          ) : null}
          {!running ? (
            <Button variant="secondary" onClick={reset}>
              Import another file
            </Button>
          ) : null}
        </div>
      )}
    </section>
  );
}
