import { setTimeout as sleep } from "node:timers/promises";
import { db } from "../../db";
import type { AnyJob } from "../../jobs/define-job";
import { JobRunner } from "../../jobs/runner";

const silent = { warn: () => {}, error: () => {} };

/** Test-only: waits until a task has ended (SUCCESS or FAILURE) and answers its row. */
export async function waitForTask(taskId: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const task = await db.task.findUniqueOrThrow({ where: { id: taskId } });
    if (task.state === "SUCCESS" || task.state === "FAILURE") return task;
    if (Date.now() > deadline) throw new Error(`task ${taskId} still ${task.state} after ${timeoutMs} ms`);
    await sleep(10);
  }
}

/**
 * Test-only: runs queued tasks of these jobs with a private embedded runner (as the app does,
 * retries included, with a 10 ms backoff) until `taskId` has ended; answers the task's row.
 */
export async function runTask(taskId: string, jobs: readonly AnyJob[], timeoutMs = 15_000) {
  const runner = new JobRunner({ jobs, pollIntervalMs: 10, backoff: () => 10, logger: silent }).start();
  try {
    return await waitForTask(taskId, timeoutMs);
  } finally {
    await runner.stop({ timeoutMs: 1_000 });
  }
}
