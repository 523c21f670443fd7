import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { db } from "../db";
import { runTask as runQueuedTask } from "../testing/jobs/run-task";
import { LocalFileStore, setFileStore } from "../storage";
import { importJob } from "./job";

export { zipFolder } from "./zip-folder";

/** Test helpers of the import: fixture zips, a private file store, running the job to its end. */

/** The legacy Open Event samples (folders), next to the repository. */
export const LEGACY_FIXTURES = path.resolve(process.cwd(), "../shared/fixtures/open-event-legacy");

/** The smallest importable archive: an event named "Tiny" and nothing else. */
export async function tinyEventZip(): Promise<Uint8Array> {
  const archive = new JSZip();
  archive.file("event", JSON.stringify({ name: "Tiny", timezone: "UTC", "starts-at": "2030-01-01T09:00:00Z", "ends-at": "2030-01-01T17:00:00Z" }));
  return archive.generateAsync({ type: "uint8array" });
}

/** A file store in a temp directory for this test file. */
export function useTempFileStore(): { root: string; store: LocalFileStore } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "oe-import-store-"));
  const store = new LocalFileStore(root);
  setFileStore(store);
  return { root, store };
}

/** Runs queued import tasks with a private runner until `taskId` ends; returns the Task row. */
export const runTask = (taskId: string, timeoutMs = 30_000) => runQueuedTask(taskId, [importJob], timeoutMs);

/** Row counts of every table of the schema (the "nothing remains" check of a failed import). */
export async function countAllTables(): Promise<Record<string, number>> {
  const tables = await db.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
    ORDER BY table_name`;
  const counts: Record<string, number> = {};
  for (const { table_name: table } of tables) {
    const [row] = await db.$queryRawUnsafe<{ count: bigint }[]>(`SELECT count(*) AS count FROM "${table.replace(/"/g, '""')}"`);
    counts[table] = Number(row!.count);
  }
  return counts;
}
