/**
 * Child process of the two-instances test: stands for one production server on a database
 * shared with another. It queues `<count>` exports of `<eventId>` for `<userId>` through the
 * export service, printing `QUEUED <taskId>` for each, then `READY`; on a line `go` on stdin it
 * starts a runner as the server does (the app's list of jobs, the default concurrency and poll
 * interval). Both instances' runners start on a full queue at the same moment, so that their
 * claims contend from the first one on. Every start of the export job's handler prints
 * `RAN <taskId> <attempt>`, so the test counts executions across both processes.
 *
 * Usage: instance-worker.ts <userId> <eventId> <count>
 */
import readline from "node:readline";
import { jobs } from "../../../inngest/jobs";
import { db } from "../../db";
import { startExport } from "../../export-jobs";
import { exportJob } from "../../export-jobs/job";
import { EXPORT_FORMATS } from "../../export-jobs/format-names";
import { defineJob } from "../../jobs/define-job";
import { JobRunner } from "../../jobs/runner";

const [userId, eventId, count] = process.argv.slice(2).map(Number) as [number, number, number];

const counted = defineJob({
  ...exportJob,
  handler: (payload, ctx) => {
    process.stdout.write(`RAN ${ctx.taskId} ${ctx.attempt}\n`);
    return exportJob.handler(payload, ctx);
  },
});

const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true } });
const actor = { id: user.id, email: user.email, isAdmin: false, isSuperAdmin: false };
for (let n = 0; n < count; n++) {
  // Every format in turn, so that each renderer runs under both instances.
  const { taskId } = await startExport(actor, eventId, EXPORT_FORMATS[n % EXPORT_FORMATS.length]!);
  process.stdout.write(`QUEUED ${taskId}\n`);
}
process.stdout.write("READY\n");

for await (const line of readline.createInterface({ input: process.stdin })) {
  if (line.trim() === "go") new JobRunner({ jobs: jobs.map((job) => (job.name === exportJob.name ? counted : job)) }).start();
}
