import { NonRetriableError } from "inngest";
import { PermanentJobError, type AnyJob, type JobContext, type JsonValue } from "./define-job";
import { progressReporter, stepIdCounter } from "./context";
import { INNGEST_WORKER, completeTask, failTask, failUnstartedTask, markInngestAttempt } from "./task-store";

/** The part of Inngest's step tools a job uses; Inngest memoises these steps itself. */
export interface InngestSteps {
  run: (id: string, fn: () => unknown) => Promise<unknown>;
}

const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message || error.name : typeof error === "string" ? error : "Unknown error";

/**
 * Runs one attempt of a job inside an Inngest function and mirrors it on the Task row, with
 * the same progress writer as the embedded runner. `attempt` is Inngest's (0-based).
 * Returns the job's result, or null when the task is already finished (a duplicate run).
 */
export async function runInngestAttempt(
  job: AnyJob,
  data: { taskId: string } & Record<string, unknown>,
  { attempt, step }: { attempt: number; step: InngestSteps },
): Promise<JsonValue | void | null> {
  const { taskId, ...payload } = data;
  const current = attempt + 1;
  const task = await markInngestAttempt(taskId, current);
  if (!task) return null;
  const parsed = job.schema.safeParse(payload);
  if (!parsed.success) {
    const message = `Invalid payload: ${parsed.error.message}`;
    await failTask(taskId, INNGEST_WORKER, message);
    throw new NonRetriableError(message);
  }
  // Inngest numbers repeated step ids itself; the counter keeps ids equal to the embedded runner's.
  const key = stepIdCounter();
  const ctx: JobContext = {
    taskId,
    attempt: current,
    signal: new AbortController().signal,
    progress: progressReporter(taskId),
    step: { run: (id, fn) => step.run(key(id), fn) as Promise<never> },
  };
  let result: JsonValue | void;
  try {
    result = (await job.handler(parsed.data, ctx)) as JsonValue | void;
  } catch (error) {
    if (error instanceof PermanentJobError || current >= task.maxAttempts) {
      await failTask(taskId, INNGEST_WORKER, errorMessage(error));
      throw new NonRetriableError(errorMessage(error), { cause: error });
    }
    throw error;
  }
  await completeTask(taskId, INNGEST_WORKER, result);
  return result;
}

/**
 * Inngest gave up on a run (a permanent error, retries exhausted, cancelled, timed out): the
 * job's failure handler runs, then the task fails unless the attempt already marked it.
 * `data` is the triggering event's data (payload and taskId). A throw here makes Inngest retry
 * the failure function.
 */
export async function failInngestRun(job: AnyJob, data: Record<string, unknown>, error: unknown): Promise<void> {
  const { taskId, ...payload } = data;
  if (typeof taskId !== "string") return;
  const message = errorMessage(error);
  const parsed = job.schema.safeParse(payload);
  if (job.onFailure && parsed.success) await job.onFailure(parsed.data, { taskId, error: message });
  await failUnstartedTask(taskId, message);
}
