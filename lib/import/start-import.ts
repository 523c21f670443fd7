import { randomUUID } from "node:crypto";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { enqueue, type EnqueueResult } from "../jobs/enqueue";
import { deleteFile, putFile } from "../storage";
import { importJob } from "./job";
import type { ReceivedUpload } from "./receive-upload";
import { upsertImportJob } from "./upsert-import-job";

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
    const started = await enqueue(importJob, { userId: actor.id, fileKey }, { userId: actor.id });
    await upsertImportJob(started.taskId, actor.id);
    return started;
  } catch (error) {
    await deleteFile(fileKey);
    throw error;
  }
}
