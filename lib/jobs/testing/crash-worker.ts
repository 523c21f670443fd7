/**
 * Child process of the crash-recovery test: starts a runner, enqueues a job that hangs on its
 * first attempt, and prints `RUNNING <taskId>` once it runs. The test then SIGKILLs it.
 */
import { enqueue } from "../enqueue";
import { JobRunner } from "../runner";
import { hangingJob } from "./test-jobs";

const runner = new JobRunner({ jobs: [hangingJob], concurrency: 1, pollIntervalMs: 50 }).start();
await enqueue(hangingJob, { hangOnAttempt: 1 }, { maxAttempts: 3 });
process.stdout.write(`WORKER ${runner.id}\n`);
