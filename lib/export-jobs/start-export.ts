import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { getEvent } from "../events/get-event";
import { enqueue, type EnqueueResult } from "../jobs/enqueue";
import type { ExportFormat } from "./formats";
import { exportJob } from "./job";
import type { JsonExportOptions } from "./schemas";
import { upsertExportJob } from "./upsert-export-job";

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
    exportJob,
    { eventId: event.id, userId: actor.id, format, ...(options ? { options } : {}) },
    { userId: actor.id, eventId: event.id },
  );
  // The job may already be running (the embedded runner wakes at once) and upserts the same row.
  await upsertExportJob(started.taskId, { userId: actor.id, eventId: event.id, format });
  return started;
}
