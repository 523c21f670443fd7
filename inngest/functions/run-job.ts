import type { AnyJob } from "@/lib/jobs/define-job";
import { failInngestRun, runInngestAttempt } from "@/lib/jobs/inngest-attempt";
import { inngest } from "../client";
import { jobEvent } from "../events";

type Retries = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20;

/** A job's Inngest function id: its name with every other character turned into "-" (`app/ping` → `app-ping`). */
export const functionId = (jobName: string) => jobName.replace(/[^a-z0-9]+/gi, "-");

/**
 * An Inngest function that runs a job's handler, so both backends execute the same code. It is
 * triggered by the job's event (same name as the job). Inngest counts retries after the first
 * try; the task's own maxAttempts (which `enqueue` may lower) is enforced in runInngestAttempt.
 */
export function jobFunction(job: AnyJob) {
  const retries = Math.min(20, Math.max(0, (job.maxAttempts ?? 3) - 1)) as Retries;
  return inngest.createFunction(
    {
      id: functionId(job.name),
      name: job.name,
      triggers: [jobEvent(job)],
      retries,
      onFailure: ({ event, error }) => failInngestRun(job, event.data.event.data as Record<string, unknown>, error),
    },
    async ({ event, attempt, step }) =>
      runInngestAttempt(job, event.data as { taskId: string } & Record<string, unknown>, {
        attempt,
        step: { run: (id, fn) => step.run(id, fn) },
      }),
  );
}
