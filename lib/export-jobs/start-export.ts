import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";
import { getEvent } from "../events/get-event";
import { enqueue, type EnqueueResult } from "../jobs/enqueue";
import { JOB_NAMES } from "../jobs/schemas";
import type { ExportFormat } from "./formats";
import type { JsonExportOptions } from "./schemas";

/**
 * Starts an export of the event (co-organizers and up; anyone else gets the event's 404, an
 * anonymous caller 401) and records who asked for what in an ExportJob row.
 */
export async function startExport(
  actor: Actor,
  idOrIdentifier: string | number,
  format: ExportFormat,
  options?: JsonExportOptions,
): Promise<EnqueueResult> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Authentication required");
  const event = await getEvent(actor, idOrIdentifier, "event.export");
  const started = await enqueue(
    JOB_NAMES.exportRequested,
    { eventId: event.id, userId: actor.id, format, ...(options ? { options } : {}) },
    { userId: actor.id, eventId: event.id },
  );
  // The job may already be running (the embedded runner wakes at once) and upserts the same row.
  await upsertExportJob(started.taskId, { userId: actor.id, eventId: event.id, format });
  return started;
}

/**
 * Creates the row unless it exists. `INSERT … ON CONFLICT DO NOTHING` (createMany with
 * skipDuplicates) rather than Prisma's upsert, which may read then insert and so lose the race
 * between the request and the job that starts at once (a unique violation failed the export).
 */
export async function upsertExportJob(taskId: string, { userId, eventId, format }: { userId: number; eventId: number; format: string }) {
  await db.exportJob.createMany({ data: [{ taskId, userId, eventId, format }], skipDuplicates: true });
}
