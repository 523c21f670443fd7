import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { PermanentJobError, type JobContext } from "../jobs/define-job";
import { notify } from "../notifications/notify";
import { deleteFile, readFileBytes } from "../storage";
import { downloadRemoteMedia, type RemoteDownloadFailure, type RemoteFetchHooks } from "./download-remote-media";
import { formIssues } from "./check-forms";
import { ImportError } from "./errors";
import { IMPORT_LIMITS, type ImportLimits } from "./limits";
import { parseArchive } from "./parse-archive";
import { countsOf, type ImportCounts } from "./plan";
import type { ImportRequestedPayload } from "./schemas";
import { applyMediaUrls, deleteMedia, storeMedia } from "./store-media";
import { upsertImportJob } from "./upsert-import-job";
import { writeImport } from "./write-import";
import { openZip } from "./zip-reader";

export type ImportResult = {
  id: number;
  event_name: string;
  /** The new event's dashboard page. */
  url: string;
  identifier: string;
  format: string;
  counts: ImportCounts;
  skipped: string[];
  /**
   * Remote media URLs that were not downloaded into the file store (refused address, timeout,
   * too large, not a media file, HTTP error, …): the data keeps the original URL.
   */
  not_downloaded: RemoteDownloadFailure[];
  /** Sessions and speakers that do not satisfy the imported forms, imported as they are (see check-forms.ts). */
  form_issues: string[];
};

/** Progress writes are throttled: a poller sees fresh text without a write per row. */
function throttled(progress: JobContext["progress"], intervalMs = 150): (text: string, percent: number) => Promise<void> {
  let last = 0;
  return async (text, percent) => {
    const now = Date.now();
    if (now - last < intervalMs && percent < 100) return;
    last = now;
    await progress(text, percent);
  };
}

/**
 * Reads, validates and writes one uploaded archive. On any failure nothing remains: the
 * transaction rolls back and the media stored for it (from the archive or downloaded) are
 * deleted. `fetch` is for tests only (it lets the downloads reach a local server).
 */
export async function importArchive(
  bytes: Uint8Array,
  options: { userId: number; taskId: string; progress: JobContext["progress"]; limits?: ImportLimits; fetch?: RemoteFetchHooks },
): Promise<ImportResult> {
  const limits = options.limits ?? IMPORT_LIMITS;
  const progress = throttled(options.progress);
  await options.progress("Reading the archive", 2);
  const archive = openZip(bytes, limits);
  await options.progress("Checking the data", 5);
  const plan = parseArchive(archive, limits);
  const findings = formIssues(plan);
  await options.progress("Storing media", 15);
  const prefix = `imports/${options.taskId}`;
  const media = await storeMedia(archive, plan, {
    prefix,
    limits,
    onProgress: (done, total) => progress(`Storing media (${done}/${total})`, 15 + Math.floor((10 * done) / Math.max(1, total))),
  });
  const keys = [...media.keys];
  try {
    const remote = await downloadRemoteMedia(plan.remoteUrls.keys(), {
      prefix,
      limits,
      fetch: options.fetch,
      onProgress: (done, total) => progress(`Downloading media (${done}/${total})`, 25 + Math.floor((15 * done) / Math.max(1, total))),
    });
    keys.push(...remote.keys);
    const urls = new Map(media.urls);
    for (const [url, values] of plan.remoteUrls) {
      const stored = remote.urls.get(url);
      if (stored) for (const value of values) urls.set(value, stored);
    }
    applyMediaUrls(plan, urls);
    if (remote.failures.length) {
      plan.skipped.push(`${remote.failures.length} remote media URL(s) could not be downloaded; their links were kept as they are`);
    }
    const build = (eventId: number, identifier: string): ImportResult => ({
      id: eventId,
      event_name: plan.event.name,
      url: `/events/${identifier}`,
      identifier,
      format: plan.format,
      counts: countsOf(plan, keys.length),
      skipped: plan.skipped,
      not_downloaded: remote.failures,
      form_issues: findings,
    });
    let result: ImportResult | undefined;
    const { eventId, identifier } = await writeImport(plan, {
      userId: options.userId,
      importJobTaskId: options.taskId,
      onProgress: progress,
      result: (id, ident) => (result = build(id, ident)) as unknown as Prisma.InputJsonValue,
    });
    await options.progress("Done", 100);
    return result ?? build(eventId, identifier);
  } catch (error) {
    await deleteMedia(keys);
    throw error;
  }
}

/**
 * Archive faults are the user's to fix and are told as they are; anything else (a database
 * refusing a value, an outage) is logged with its cause and told without internals.
 */
function messageOf(error: unknown): string {
  if (error instanceof ImportError) return error.message;
  console.error("[import] the import failed", error);
  return "The import could not be saved; nothing was imported";
}

/** The upload holds personal data (speaker e-mails): it is not kept once the job has ended. */
async function removeUpload(fileKey: string): Promise<void> {
  // Logged, not thrown: the import's own outcome is what the task must report.
  await deleteFile(fileKey).catch((error) => console.error(`[import] could not delete the upload ${fileKey}`, error));
}

/**
 * The import job's body (both backends run it through `lib/import/job.ts`). Any error ends the
 * task (a PermanentJobError: the same archive fails the same way again), and the job's failure
 * handler, failImport, then settles the ImportJob and the upload.
 */
export async function runImport(payload: ImportRequestedPayload, ctx: JobContext): Promise<ImportResult> {
  await upsertImportJob(ctx.taskId, payload.userId);
  await db.importJob.updateMany({ where: { taskId: ctx.taskId, resultStatus: "pending" }, data: { resultStatus: "running" } });
  try {
    // One step: a retry after a committed import returns the recorded result instead of importing twice.
    const result = await ctx.step.run("import", async () => {
      // The import commits the ImportJob's result with the event; a worker that died after the
      // commit but before the step was recorded left it there, and it is the step's result.
      const committed = await db.importJob.findUnique({ where: { taskId: ctx.taskId }, select: { resultStatus: true, result: true } });
      if (committed?.resultStatus === "success" && committed.result) return committed.result as unknown as ImportResult;
      const bytes = await readFileBytes(payload.fileKey);
      if (!bytes) throw new ImportError("The uploaded file is gone; upload it again");
      return importArchive(bytes, { userId: payload.userId, taskId: ctx.taskId, progress: ctx.progress });
    });
    await ctx.step.run("notify", async () => {
      await notify("event_imported", { eventId: result.id, userId: payload.userId }, { userId: payload.userId, eventId: result.id });
    });
    await removeUpload(payload.fileKey);
    return result;
  } catch (error) {
    throw new PermanentJobError(messageOf(error), { cause: error });
  }
}

/**
 * The import job's failure handler, whatever ended the task (an error, a worker that died on
 * the last attempt, Inngest giving up): the ImportJob leaves "running" with the reason, the
 * user is told once, and the upload is deleted. Safe to run again for the same task.
 */
export async function failImport(payload: ImportRequestedPayload, taskId: string, message: string): Promise<void> {
  await upsertImportJob(taskId, payload.userId);
  const { count } = await db.importJob.updateMany({
    where: { taskId, resultStatus: { not: "failure" } },
    data: { resultStatus: "failure", result: { error: message } as Prisma.InputJsonValue },
  });
  if (count > 0) await notify("event_import_fail", { userId: payload.userId, error: message.slice(0, 2000) }, { userId: payload.userId });
  await removeUpload(payload.fileKey);
}
