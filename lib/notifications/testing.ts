import { setTimeout as sleep } from "node:timers/promises";
import { db } from "../db";
import { JobRunner } from "../jobs/runner";
import { notificationJobs } from "./jobs";
import { notify } from "./notify";
import type { NotificationAction, NotificationPayload } from "./schemas";

const silent = { warn: () => {}, error: () => {} };

async function settled(taskId: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const task = await db.task.findUniqueOrThrow({ where: { id: taskId } });
    if (task.state === "SUCCESS" || task.state === "FAILURE") return task;
    if (Date.now() > deadline) throw new Error(`task ${taskId} still ${task.state} after ${timeoutMs} ms`);
    await sleep(10);
  }
}

/**
 * Test-only: `notify`, then runs the task in-process the way the app does (the embedded
 * runner with its retries, but a 10 ms backoff) and answers the finished task.
 */
export async function notifyAndRun<A extends NotificationAction>(action: A, data: NotificationPayload<A>) {
  const runner = new JobRunner({ jobs: notificationJobs, pollIntervalMs: 10, backoff: () => 10, logger: silent }).start();
  try {
    const { taskId } = await notify(action, data);
    return await settled(taskId);
  } finally {
    await runner.stop({ timeoutMs: 1_000 });
  }
}
