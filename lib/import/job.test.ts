import { beforeAll, describe, expect, test } from "vitest";
import { functions } from "@/inngest";
import { createUser } from "@/prisma/factories";
import type { User } from "../auth/actor";
import { db } from "../db";
import { notificationJobName } from "../notifications/schemas";
import { fileExists } from "../storage";
import { importJob } from "./job";
import { startImport } from "./start-import";
import { runTask, tinyEventZip, useTempFileStore } from "./testing";

/**
 * Whatever ends an import's task in FAILURE, the import's own records follow: its ImportJob
 * leaves "running" with the reason, the importing user is told once, and the uploaded archive
 * (personal data) is deleted.
 */

let zip: Uint8Array;
beforeAll(async () => {
  useTempFileStore();
  zip = await tinyEventZip();
});

/** An import started as the route starts it, whose first attempt got as far as marking its ImportJob running. */
async function runningImport() {
  const user = await createUser();
  const actor: User = { id: user.id, email: user.email, isAdmin: false, isSuperAdmin: false };
  const { taskId } = await startImport(actor, { bytes: zip, fileName: "event.zip" });
  const task = await db.task.findUniqueOrThrow({ where: { id: taskId } });
  await db.importJob.update({ where: { taskId }, data: { resultStatus: "running" } });
  const { fileKey } = task.payload as { fileKey: string };
  expect(await fileExists(fileKey)).toBe(true);
  return { user, taskId, fileKey, task };
}

async function settledRecords(taskId: string, userId: number) {
  const [job, notifications] = await Promise.all([
    db.importJob.findUniqueOrThrow({ where: { taskId }, select: { resultStatus: true, result: true, eventId: true } }),
    db.task.findMany({ where: { name: notificationJobName("event_import_fail"), userId }, select: { payload: true } }),
  ]);
  return { job, notifications };
}

describe("an import task that ends in FAILURE", () => {
  test("because the worker of its last attempt died (embedded runner): the ImportJob fails and the archive is deleted", async () => {
    const { user, taskId, fileKey, task } = await runningImport();
    // The last attempt was claimed by a worker on another machine that never came back.
    await db.task.update({
      where: { id: taskId },
      data: { state: "STARTED", attempts: task.maxAttempts, lockedBy: "other-host:1:dead:1", lockedAt: new Date(Date.now() - 3_600_000) },
    });

    const ended = await runTask(taskId);

    const error = "The worker running this task stopped before it finished";
    expect({ state: ended.state, attempts: ended.attempts, error: ended.error }).toEqual({ state: "FAILURE", attempts: task.maxAttempts + 1, error });
    expect(await settledRecords(taskId, user.id)).toEqual({
      job: { resultStatus: "failure", result: { error }, eventId: null },
      notifications: [{ payload: { userId: user.id, error } }],
    });
    expect(await fileExists(fileKey)).toBe(false);
  });

  test("because Inngest gave up on the run: the function's onFailure does the same, and once however often it is called", async () => {
    const { user, taskId, fileKey, task } = await runningImport();
    await db.task.update({ where: { id: taskId }, data: { state: "STARTED", attempts: 1, lockedBy: "inngest" } });
    // @inngest/test does not run onFailure (BUILD-NOTES), so it is called the way Inngest calls
    // it: with the `inngest/function.failed` event that wraps the triggering one.
    const importFunction = functions.find((fn) => fn.id() === "event-import-requested");
    const onFailure = (importFunction as unknown as { onFailureFn: (ctx: unknown) => Promise<void> }).onFailureFn;
    const data = { ...(task.payload as object), taskId };
    const failed = { name: "inngest/function.failed", data: { event: { name: importJob.name, data }, error: { name: "Error", message: "Function timed out" } } };
    await onFailure({ event: failed, error: new Error("Function timed out") });
    await onFailure({ event: failed, error: new Error("Function timed out") });

    const ended = await db.task.findUniqueOrThrow({ where: { id: taskId } });
    expect({ state: ended.state, error: ended.error, lockedBy: ended.lockedBy }).toEqual({ state: "FAILURE", error: "Function timed out", lockedBy: null });
    expect(await settledRecords(taskId, user.id)).toEqual({
      job: { resultStatus: "failure", result: { error: "Function timed out" }, eventId: null },
      notifications: [{ payload: { userId: user.id, error: "Function timed out" } }],
    });
    expect(await fileExists(fileKey)).toBe(false);
  });
});
