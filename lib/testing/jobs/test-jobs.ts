import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { defineJob } from "../../jobs/define-job";

/** Job kinds that only tests (and the crash-test child process) run. */

export const flakyJob = defineJob({
  name: "test/flaky",
  schema: z.object({ failTimes: z.number().int() }),
  async handler(payload, ctx) {
    if (ctx.attempt <= payload.failTimes) throw new Error(`flaky failure on attempt ${ctx.attempt}`);
    return { attempt: ctx.attempt };
  },
});

export const brokenJob = defineJob({
  name: "test/broken",
  schema: z.object({}),
  async handler() {
    throw new Error("the printer is on fire");
  },
});

/** Hangs on the given attempt (until aborted), succeeds on any other one. */
export const hangingJob = defineJob({
  name: "test/hanging",
  schema: z.object({ hangOnAttempt: z.number().int() }),
  async handler(payload, ctx) {
    await ctx.progress(`attempt ${ctx.attempt} running`, 10);
    if (ctx.attempt === payload.hangOnAttempt) {
      // The crash test's child announces the running task, then waits to be killed.
      process.stdout.write(`RUNNING ${ctx.taskId}\n`);
      await sleep(120_000, undefined, { signal: ctx.signal });
    }
    await ctx.progress("done", 100);
    return { finishedOnAttempt: ctx.attempt, pid: process.pid };
  },
});
