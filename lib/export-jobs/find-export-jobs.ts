import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";
import { getEvent } from "../events/get-event";
import { fileExists } from "../storage";
import { exportDownloadUrl, exportFileKey } from "./paths";

export interface ExportJobSummary {
  id: number;
  taskId: string;
  format: string;
  status: string;
  startsAt: string;
  user: { id: number; name: string } | null;
  /** While the file exists in the store. */
  downloadUrl: string | null;
}

/**
 * The event's recent exports for its Export tab (co-organizers and up). Status follows the
 * task when the job could not record its own end (a worker that died mid-export).
 */
export async function findExportJobs(actor: Actor, idOrIdentifier: string | number, limit = 20): Promise<ExportJobSummary[]> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Authentication required");
  const event = await getEvent(actor, idOrIdentifier, "event.export");
  const rows = await db.exportJob.findMany({
    where: { eventId: event.id },
    orderBy: [{ startsAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      taskId: true,
      format: true,
      status: true,
      fileName: true,
      startsAt: true,
      task: { select: { state: true } },
      user: { select: { id: true, email: true, firstName: true, lastName: true } },
    },
  });
  return Promise.all(
    rows.map(async (row) => {
      const exists = row.status === "done" && row.fileName ? await fileExists(exportFileKey(event.id, row.fileName)) : false;
      const name = row.user ? [row.user.firstName, row.user.lastName].filter(Boolean).join(" ") || row.user.email : null;
      return {
        id: row.id,
        taskId: row.taskId,
        format: row.format,
        status: row.task.state === "FAILURE" && row.status !== "done" ? "failed" : row.status,
        startsAt: row.startsAt.toISOString(),
        user: row.user && name ? { id: row.user.id, name } : null,
        downloadUrl: exists && row.fileName ? exportDownloadUrl(event.id, row.fileName) : null,
      };
    }),
  );
}
