import { randomBytes } from "node:crypto";
import { db } from "../db";
import { putFile } from "../storage";
import type { JobContext } from "../jobs/define-job";
import { notify } from "../notifications/notify";
import { exportDownloadLink } from "./download-link";
import { localMediaFetcher } from "./fetch-media";
import { FORMAT_SPECS, type ExportFormat } from "./formats";
import { exportDownloadUrl, exportFileKey } from "./paths";
import { renderInWorker } from "./render-in-worker";
import type { ExportRequestedPayload } from "./schemas";
import { upsertExportJob } from "./upsert-export-job";

/**
 * Loads, renders and stores one export; returns the stored file's name. Loading and rendering run
 * in an export worker (render-in-worker.ts); the file is stored here. The name starts with
 * 128 random bits: knowing an event id must not be enough to guess a download (the download
 * route checks permissions too; this guards the store itself, e.g. a public UploadThing URL).
 */
export async function produceExport(payload: ExportRequestedPayload, progress: JobContext["progress"], signal?: AbortSignal): Promise<string> {
  const spec = FORMAT_SPECS[payload.format as ExportFormat];
  const bytes = await renderInWorker(payload, { progress, fetchMedia: localMediaFetcher().fetchMedia, signal });

  await progress("Storing file", 90);
  const fileName = `${randomBytes(16).toString("hex")}-${spec.fileLabel}.${spec.extension}`;
  await putFile(exportFileKey(payload.eventId, fileName), bytes, spec.contentType);
  return fileName;
}

/** The export job's body (both backends run it through `lib/export-jobs/job.ts`). */
export async function runExport(payload: ExportRequestedPayload, ctx: JobContext): Promise<{ download_url: string }> {
  await upsertExportJob(ctx.taskId, payload);
  await db.exportJob.update({ where: { taskId: ctx.taskId }, data: { status: "running" } });
  // One step: its result (the file name) is all a retry needs; data and bytes stay out of the task row.
  const fileName = await ctx.step.run("produce-file", () => produceExport(payload, ctx.progress, ctx.signal));
  const downloadUrl = exportDownloadUrl(payload.eventId, fileName);
  await ctx.step.run("finish", async () => {
    await db.exportJob.update({ where: { taskId: ctx.taskId }, data: { status: "done", fileName } });
    await notify("event_exported", { eventId: payload.eventId, userId: payload.userId, downloadUrl }, payload);
  });
  await ctx.progress("Done", 100);
  // The task's result is what API clients follow: a signed absolute link that needs no header.
  // The notification keeps the path above, which asks whoever opens it to be signed in.
  return { download_url: await exportDownloadLink(payload.eventId, fileName, payload.userId) };
}

/**
 * The export job's failure handler: marks the ExportJob failed (creating it if the task failed
 * before it existed) and tells the user once, however often it runs for the same task.
 */
export async function failExport(payload: ExportRequestedPayload, taskId: string, message: string): Promise<void> {
  await upsertExportJob(taskId, payload);
  const { count } = await db.exportJob.updateMany({ where: { taskId, status: { not: "failed" } }, data: { status: "failed" } });
  if (count === 0) return;
  await notify("event_export_fail", { eventId: payload.eventId, userId: payload.userId, error: message.slice(0, 2000) }, payload);
}
