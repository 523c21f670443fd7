/**
 * Child process of the crash-recovery test: starts a runner as the server does, with the app's
 * list of jobs, and prints `RUNNING <taskId>` once a task is in the middle of its first attempt,
 * where it then stays. The test SIGKILLs it.
 *
 * - no argument: enqueues a job that hangs on its first attempt (a test job, added to the list);
 * - `export` / `import`: runs the tasks the test enqueued with the real export or import job
 *   (in the list in place of the plain one), stopped at its first progress report from
 *   "Rendering" (export) or from "Importing the event" (import, i.e. inside the import's
 *   transaction) on.
 */
import { setTimeout as sleep } from "node:timers/promises";
// The child stands for a server process: like instrumentation.ts, it takes the app's list.
import { jobs } from "../../../inngest/jobs";
import { exportJob } from "../../export-jobs/job";
import { importJob } from "../../import/job";
import { defineJob, type AnyJob } from "../../jobs/define-job";
import { enqueue } from "../../jobs/enqueue";
import { JobRunner } from "../../jobs/runner";
import { hangingJob } from "./test-jobs";

/** `job` itself, except that its first attempt never gets past a progress report of `fromPercent` or more. */
function stalledAt(job: AnyJob, fromPercent: number): AnyJob {
  return defineJob({
    ...job,
    handler: (payload, ctx) =>
      job.handler(payload, {
        ...ctx,
        async progress(text, percent) {
          await ctx.progress(text, percent);
          if (ctx.attempt === 1 && percent !== undefined && percent >= fromPercent && percent < 100) {
            process.stdout.write(`RUNNING ${ctx.taskId}\n`);
            await sleep(120_000, undefined, { signal: ctx.signal });
          }
        },
      }),
  });
}

const mode = process.argv[2];
const stalled = mode === "export" ? stalledAt(exportJob, 60) : mode === "import" ? stalledAt(importJob, 40) : undefined;
const runnerJobs: AnyJob[] = stalled ? jobs.map((job) => (job.name === stalled.name ? stalled : job)) : [...jobs, hangingJob];
const runner = new JobRunner({ jobs: runnerJobs, concurrency: 1, pollIntervalMs: 50 }).start();
if (!stalled) await enqueue(hangingJob, { hangOnAttempt: 1 }, { maxAttempts: 3 });
process.stdout.write(`WORKER ${runner.id}\n`);
