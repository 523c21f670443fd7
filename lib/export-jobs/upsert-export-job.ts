import { db } from "../db";

/**
 * Creates the row unless it exists. `INSERT … ON CONFLICT DO NOTHING` (createMany with
 * skipDuplicates) rather than Prisma's upsert, which may read then insert and so lose the race
 * between the request and the job that starts at once (a unique violation failed the export).
 */
export async function upsertExportJob(taskId: string, { userId, eventId, format }: { userId: number; eventId: number; format: string }) {
  await db.exportJob.createMany({ data: [{ taskId, userId, eventId, format }], skipDuplicates: true });
}
