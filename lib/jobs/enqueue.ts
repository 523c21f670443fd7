import type { z } from "zod";
import { inngestEnabled } from "../env";
import type { AnyJob } from "./define-job";
import { findJob, type RegisteredJob, type RegisteredJobName } from "./registry";
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

type PayloadOf<N extends RegisteredJobName> = z.input<Extract<RegisteredJob, { name: N }>["schema"]>;

/**
 * Starts a background job: the Task row is written first, so the caller always has a task
 * URL to poll whichever backend runs it. With Inngest configured the job goes out as an
 * Inngest event (its function reports to the same row); otherwise the embedded runner of
 * this process is woken (any other process polls the table).
 */
export async function enqueue<N extends RegisteredJobName>(name: N, payload: PayloadOf<N>, options?: EnqueueOptions): Promise<EnqueueResult>;
export async function enqueue(job: AnyJob, payload: Record<string, unknown>, options?: EnqueueOptions): Promise<EnqueueResult>;
export async function enqueue(
  jobOrName: AnyJob | string,
  payload: Record<string, unknown>,
  options: EnqueueOptions = {},
): Promise<EnqueueResult> {
  const job = typeof jobOrName === "string" ? findJob(jobOrName) : jobOrName;
  if (!job) throw new Error(`Unknown job "${String(jobOrName)}"`);
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
