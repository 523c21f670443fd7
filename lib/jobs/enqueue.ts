import type { z } from "zod";
import { inngestEnabled } from "../env";
import type { JobDefinition, JsonValue } from "./define-job";
import { wakeRunners } from "./runner";
import { createTask, failUnstartedTask } from "./task-store";

export interface EnqueueOptions {
  /** Owner of the task: only this user (and admins) may read `GET /v1/tasks/{id}`. */
  userId?: number | null;
  eventId?: number | null;
  /** Attempts in all, first try included (Task.maxAttempts; default: the job's, else 3). */
  maxAttempts?: number;
}

export interface EnqueueResult {
  taskId: string;
  /** What background endpoints answer as `task_url`. */
  taskUrl: string;
}

/**
 * Starts a background job: the Task row is written first, so the caller always has a task
 * URL to poll whichever backend runs it. With Inngest configured the job goes out as an
 * Inngest event (its function reports to the same row); otherwise the embedded runner of
 * this process is woken (any other process polls the table).
 *
 * The caller hands over the job's definition (its domain's job file), so the engine never
 * needs the app's list of jobs, and the payload is typed by the job's own schema.
 */
export async function enqueue<TSchema extends z.ZodType<Record<string, unknown>>>(
  job: JobDefinition<string, TSchema, JsonValue | void>,
  payload: z.input<TSchema>,
  options: EnqueueOptions = {},
): Promise<EnqueueResult> {
  // Parsed before the row exists: a bad payload is the caller's bug and must not leave a task behind.
  const data = job.schema.parse(payload) as Record<string, unknown>;
  const { id: taskId } = await createTask({
    name: job.name,
    payload: data,
    userId: options.userId,
    eventId: options.eventId,
    maxAttempts: options.maxAttempts ?? job.maxAttempts,
  });

  if (inngestEnabled()) {
    const { inngest } = await import("./inngest-client");
    try {
      // The task id doubles as the event id, so a re-sent event does not start a second run.
      await inngest.send({ id: taskId, name: job.name, data: { ...data, taskId } });
    } catch (error) {
      // Nothing else would ever pick the task up; fail it visibly, then let the caller fail too.
      await failUnstartedTask(taskId, "The job could not be handed to Inngest");
      throw error;
    }
  } else {
    wakeRunners();
  }
  return { taskId, taskUrl: `/v1/tasks/${taskId}` };
}
