import { expect, test } from "vitest";
import { createEvent, createUser } from "@/prisma/factories";
import { db } from "../db";
import { runTask } from "../testing/jobs/run-task";
import { notificationJobName } from "../notifications/schemas";
import { exportJob } from "./job";
import { startExport } from "./start-export";

test("an export whose last attempt's worker died ends FAILURE with its ExportJob failed and the user told once", async () => {
  const owner = await createUser();
  const event = await createEvent({ owner });
  const { taskId } = await startExport({ id: owner.id, email: owner.email, isAdmin: false, isSuperAdmin: false }, event.id, "ical");
  const { maxAttempts } = await db.task.findUniqueOrThrow({ where: { id: taskId } });
  await db.exportJob.update({ where: { taskId }, data: { status: "running" } });
  // The last attempt was claimed by a worker on another machine that never came back.
  await db.task.update({
    where: { id: taskId },
    data: { state: "STARTED", attempts: maxAttempts, lockedBy: "other-host:1:dead:1", lockedAt: new Date(Date.now() - 3_600_000) },
  });

  const task = await runTask(taskId, [exportJob]);

  const error = "The worker running this task stopped before it finished";
  expect({ state: task.state, error: task.error }).toEqual({ state: "FAILURE", error });
  expect(await db.exportJob.findUniqueOrThrow({ where: { taskId }, select: { status: true, fileName: true } })).toEqual({ status: "failed", fileName: null });
  expect(await db.task.findMany({ where: { name: notificationJobName("event_export_fail") }, select: { payload: true } })).toEqual([
    { payload: { eventId: event.id, userId: owner.id, error } },
  ]);
});
