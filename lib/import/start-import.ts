import { randomUUID } from "node:crypto";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";
import { enqueue, type EnqueueResult } from "../jobs/enqueue";
import { JOB_NAMES } from "../jobs/schemas";
import { deleteFile, putFile } from "../storage";
import type { ReceivedUpload } from "./receive-upload";

/** Where uploaded archives wait for their job (deleted when the job ends). */
export const importUploadKey = () => `import-uploads/${randomUUID()}.zip`;

/** Signed-in users only; the route calls this before it reads the body. */
export function assertCanImport(actor: Actor): asserts actor is NonNullable<Actor> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Sign in to import an event");
}

/**
 * Stores the uploaded zip, then starts the import job and records who asked in an ImportJob
 * row (pending). The job may start before this returns; both sides upsert the same row.
 */
export async function startImport(actor: Actor, upload: ReceivedUpload): Promise<EnqueueResult> {
  assertCanImport(actor);
  const fileKey = importUploadKey();
  await putFile(fileKey, upload.bytes, "application/zip");
  try {
    const started = await enqueue(JOB_NAMES.importRequested, { userId: actor.id, fileKey }, { userId: actor.id });
    await upsertImportJob(started.taskId, actor.id);
    return started;
  } catch (error) {
    await deleteFile(fileKey);
    throw error;
  }
}

/** Creates the row unless it exists, atomically (see upsertExportJob: the job may start at once). */
export async function upsertImportJob(taskId: string, userId: number) {
  await db.importJob.createMany({ data: [{ taskId, userId }], skipDuplicates: true });
}
