import type { EventType } from "inngest";
import type { z } from "zod";
import type { JobDefinition } from "@/lib/jobs/define-job";
import { failInngestRun, runInngestAttempt } from "@/lib/jobs/inngest-attempt";
import { inngest } from "./client";

type Retries = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20;

/**
 * An Inngest function that runs a job's handler, so both backends execute the same code.
 * Inngest counts retries after the first try; the task's own maxAttempts (which `enqueue` may
 * lower) is enforced in runInngestAttempt.
 */
export function jobFunction<TName extends string, TSchema extends z.ZodType<Record<string, unknown>>>(
  job: JobDefinition<TName, TSchema>,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any zod schema whose data carries taskId
  trigger: EventType<TName, any>,
) {
  const retries = Math.min(20, Math.max(0, (job.maxAttempts ?? 3) - 1)) as Retries;
  return inngest.createFunction(
    {
      id: job.name.replace(/[^a-z0-9]+/gi, "-"),
      name: job.name,
      triggers: [trigger],
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
