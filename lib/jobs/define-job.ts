import type { z } from "zod";

/** A value that survives `JSON.stringify`/`JSON.parse` unchanged: what steps and results may hold. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue | undefined };

/**
 * What a job handler gets besides its payload. Both backends (embedded runner and Inngest)
 * implement it, so a handler never knows which one runs it.
 */
export interface JobContext {
  taskId: string;
  /** 1 on the first try, 2 on the first retry, … */
  attempt: number;
  step: {
    /**
     * Runs `fn` once per task: when the task is retried, a step that already succeeded returns
     * its recorded value instead of running again. The value goes through JSON (as with
     * Inngest), so the first run and a replay see the same thing.
     */
    run<T extends JsonValue | void>(id: string, fn: () => Promise<T> | T): Promise<T>;
  };
  /** Records human-readable progress on the task (`GET /v1/tasks/{id}` shows it). */
  progress(text: string, percent?: number): Promise<void>;
  /** Aborted when the embedded runner shuts down and gives the task back; long loops may check it. */
  signal: AbortSignal;
}

export interface JobDefinition<
  TName extends string = string,
  TSchema extends z.ZodType<Record<string, unknown>> = z.ZodType<Record<string, unknown>>,
  TResult extends JsonValue | void = JsonValue | void,
> {
  /**
   * Task.name, and the Inngest event name that triggers the same handler (its function id is
   * this name with every other character turned into "-"). Owned by the job's domain, as is
   * the schema: the engine knows no job by name.
   */
  name: TName;
  /**
   * The payload. Payloads carry ids, never records: a retried or delayed job must read the
   * current state, not a stale copy. No `.default()`/transforms: the schema is also the
   * Inngest event's (with `taskId` added), and Inngest needs input and output types to match,
   * so handlers apply their own defaults.
   */
  schema: TSchema;
  /**
   * Default for Task.maxAttempts (first try included). An attempt cut short because its worker
   * died counts too, so a job that must survive a crash needs more than 1; a job whose errors
   * retrying cannot fix throws PermanentJobError instead.
   */
  maxAttempts?: number;
  handler: (payload: z.output<TSchema>, ctx: JobContext) => Promise<TResult>;
  /**
   * Runs when the task ends in FAILURE, whatever ended it: the handler gave up, the attempts ran
   * out, the worker of the last attempt died, or Inngest gave up on the run. The place to settle
   * what the job keeps beside its task (a job row left "running", an uploaded file). It may run
   * more than once for a task (the embedded runner runs it before it marks the task, so that a
   * crash in between runs it again; Inngest retries a failed onFailure), so it must be
   * idempotent. Not run when the stored payload no longer parses (nothing typed to hand it).
   */
  onFailure?: (payload: z.output<TSchema>, failure: JobFailure) => Promise<void>;
}

export interface JobFailure {
  taskId: string;
  /** The message the task records (Task.error). */
  error: string;
}

// The types are inferred from the definition so that handlers get typed payloads and
// `enqueue(job, payload)` checks the payload against the job's schema.
export function defineJob<const TName extends string, TSchema extends z.ZodType<Record<string, unknown>>, TResult extends JsonValue | void>(
  definition: JobDefinition<TName, TSchema, TResult>,
): JobDefinition<TName, TSchema, TResult> {
  return definition;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- lists of jobs hold jobs of every payload type
export type AnyJob = JobDefinition<string, any, any>;

/**
 * Thrown by a handler when retrying cannot help (bad input, a deleted event): the task fails at
 * once instead of using up its attempts.
 */
export class PermanentJobError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "PermanentJobError";
  }
}
