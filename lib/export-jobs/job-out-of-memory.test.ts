import { expect, test, vi } from "vitest";
import { createEvent, createUser } from "@/prisma/factories";
import { db } from "../db";
import { runTask } from "../testing/jobs/run-task";
import { notificationJobName } from "../notifications/schemas";
import { exportJob } from "./job";
import { startExport } from "./start-export";

// Before lib/env.ts is first read in this file's process: every export worker gets 16 MB of heap.
vi.hoisted(() => {
  process.env.EXPORT_WORKER_HEAP_MB = "16";
});

test("an export whose worker runs out of EXPORT_WORKER_HEAP_MB ends FAILURE with the reason, its ExportJob failed and the user told", async () => {
  const owner = await createUser();
  const event = await createEvent({ owner });
  const { taskId } = await startExport({ id: owner.id, email: owner.email, isAdmin: false, isSuperAdmin: false }, event.id, "json");

  const task = await runTask(taskId, [exportJob], 30_000);

  const error = "The export needs more memory than an export may use (16 MB, EXPORT_WORKER_HEAP_MB); the server's administrator can raise it";
  expect({ state: task.state, error: task.error, attempts: task.attempts }).toEqual({ state: "FAILURE", error, attempts: 1 });
  expect(await db.exportJob.findUniqueOrThrow({ where: { taskId }, select: { status: true, fileName: true } })).toEqual({ status: "failed", fileName: null });
  expect(await db.task.findMany({ where: { name: notificationJobName("event_export_fail") }, select: { payload: true } })).toEqual([
    { payload: { eventId: event.id, userId: owner.id, error } },
  ]);
});
