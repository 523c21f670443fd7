import { db } from "../db";

/** Creates the row unless it exists, atomically (see upsertExportJob: the job may start at once). */
export async function upsertImportJob(taskId: string, userId: number) {
  await db.importJob.createMany({ data: [{ taskId, userId }], skipDuplicates: true });
}
