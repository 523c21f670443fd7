import { randomUUID } from "node:crypto";
import os from "node:os";
import { env } from "../env";
import { PermanentJobError, type AnyJob, type JsonValue } from "./define-job";
import { memoisedSteps, progressReporter } from "./context";
import {
  claimTask,
  completeTask,
  failTask,
  holdTask,
  releaseLocksOf,
  releaseTask,
  renewLeases,
  retryTask,
  saveSteps,
  type ClaimedTask,
} from "./task-store";

export interface RunnerOptions {
  /**
   * Job kinds this runner executes, given by whoever starts it (the app hands over its one list
   * of jobs): the engine knows no job of its own. Tasks of other names are never claimed.
   */
  jobs: readonly AnyJob[];
  /** Most tasks running at once in this runner (default: env JOB_CONCURRENCY). */
  concurrency?: number;
  /** How often an idle runner looks for work that other processes enqueued or that became due. */
  pollIntervalMs?: number;
  /** A STARTED task whose lease is older than this is taken over by another worker. */
  leaseMs?: number;
  /** Delay before retry after the failed attempt number `attempt` (1-based). */
  backoff?: (attempt: number) => number;
  logger?: Pick<Console, "warn" | "error">;
}

/** 1 s, 2 s, 4 s, … capped at 5 minutes. */
export const defaultBackoff = (attempt: number): number => Math.min(1000 * 2 ** Math.max(0, attempt - 1), 5 * 60_000);

const HOST = os.hostname();
const globalState = globalThis as unknown as {
  __openEventProcessToken?: string;
  __openEventRunners?: Set<JobRunner>;
  __openEventRunner?: JobRunner;
};
// One token per process (not per module copy: Next may load this file in several bundles), so
// a later process that happens to get the same pid is told apart from the one that died.
globalState.__openEventProcessToken ??= randomUUID().slice(0, 8);
const PROCESS_TOKEN = globalState.__openEventProcessToken;
const activeRunners = (globalState.__openEventRunners ??= new Set<JobRunner>());

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** A lock `host:pid:token:n` of this host is dead when its process is gone or is not this one. */
function lockIsDead(lockedBy: string): boolean {
  const [, pidText, token] = lockedBy.split(":");
  const pid = Number(pidText);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return token !== PROCESS_TOKEN;
  return !processAlive(pid);
}

const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message || error.name : typeof error === "string" ? error : "Unknown error";

let runnerSequence = 0;

interface Running {
  promise: Promise<void>;
  abort: AbortController;
}

/**
 * The embedded backend: tasks are rows, claimed with SKIP LOCKED so that any number of
 * runners and processes share them, retried with exponential backoff, and taken over after
 * their worker dies (lease expiry, or at start-up for dead processes of this host).
 */
export class JobRunner {
  readonly id = `${HOST}:${process.pid}:${PROCESS_TOKEN}:${++runnerSequence}`;
  private readonly jobs: Map<string, AnyJob>;
  private readonly concurrency: number;
  private readonly pollIntervalMs: number;
  private readonly leaseMs: number;
  private readonly backoff: (attempt: number) => number;
  private readonly logger: Pick<Console, "warn" | "error">;
  private readonly running = new Map<string, Running>();
  private loop?: Promise<void>;
  private leaseTimer?: NodeJS.Timeout;
  private stopping = false;
  private wakeUp?: () => void;
  private woken = false;

  constructor(options: RunnerOptions) {
    this.jobs = new Map(options.jobs.map((job) => [job.name, job]));
    this.concurrency = options.concurrency ?? env().JOB_CONCURRENCY;
    this.pollIntervalMs = options.pollIntervalMs ?? 250;
    this.leaseMs = options.leaseMs ?? 60_000;
    this.backoff = options.backoff ?? defaultBackoff;
    this.logger = options.logger ?? console;
  }

  get activeCount(): number {
    return this.running.size;
  }

  start(): this {
    if (this.loop) return this;
    activeRunners.add(this);
    this.leaseTimer = setInterval(() => {
      renewLeases(this.id, [...this.running.keys()]).catch((error) => this.logger.error("[jobs] lease renewal failed", error));
    }, Math.max(50, Math.floor(this.leaseMs / 3)));
    this.loop = this.run();
    return this;
  }

  /** Looks for work now instead of at the next poll (called by `enqueue` in this process). */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  /**
   * Stops claiming, waits up to `timeoutMs` for running tasks, then gives the rest back as
   * PENDING (their interrupted attempt not counted) so that the next runner resumes them.
   */
  async stop({ timeoutMs = 10_000 }: { timeoutMs?: number } = {}): Promise<void> {
    this.stopping = true;
    this.wake();
    await this.loop;
    const pending = [...this.running.values()].map((entry) => entry.promise);
    if (pending.length) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled(pending),
        new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs))),
      ]);
      clearTimeout(timer);
    }
    await Promise.all(
      [...this.running.entries()].map(async ([taskId, entry]) => {
        entry.abort.abort();
        await releaseTask(taskId, this.id).catch((error) => this.logger.error(`[jobs] could not release task ${taskId}`, error));
      }),
    );
    this.running.clear();
    clearInterval(this.leaseTimer);
    activeRunners.delete(this);
  }

  private async run(): Promise<void> {
    try {
      await releaseLocksOf(lockIsDead, `${HOST}:`);
    } catch (error) {
      this.logger.error("[jobs] could not recover tasks of dead workers", error);
    }
    while (!this.stopping) {
      this.woken = false;
      try {
        while (!this.stopping && this.running.size < this.concurrency) {
          const task = await claimTask(this.id, [...this.jobs.keys()], this.leaseMs);
          if (!task) break;
          this.execute(task);
        }
      } catch (error) {
        // A database outage must not end the loop; the next poll tries again.
        this.logger.error("[jobs] could not claim a task", error);
      }
      if (!this.stopping && !this.woken) await this.sleep();
    }
  }

  private sleep(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = undefined;
        resolve();
      };
      const timer = setTimeout(done, this.pollIntervalMs);
      this.wakeUp = done;
    });
  }

  private execute(task: ClaimedTask): void {
    const abort = new AbortController();
    const promise = this.attempt(task, abort.signal)
      .catch((error) => this.logger.error(`[jobs] task ${task.id} could not be recorded`, error))
      .finally(() => {
        this.running.delete(task.id);
        this.wake();
      });
    this.running.set(task.id, { promise, abort });
  }

  private async attempt(task: ClaimedTask, signal: AbortSignal): Promise<void> {
    const job = this.jobs.get(task.name);
    if (!job) return; // cannot happen: claims are limited to known names
    const parsed = job.schema.safeParse(task.payload);
    if (!parsed.success) {
      await failTask(task.id, this.id, `Invalid payload: ${parsed.error.message}`);
      return;
    }
    if (task.attempts > task.maxAttempts) {
      // Its last attempt was claimed by a worker that died while running it.
      await this.fail(task, job, parsed.data, "The worker running this task stopped before it finished");
      return;
    }
    let result: JsonValue | void;
    try {
      result = (await job.handler(parsed.data, {
        taskId: task.id,
        attempt: task.attempts,
        signal,
        progress: progressReporter(task.id),
        step: memoisedSteps(task.steps, async (steps) => {
          if (!(await saveSteps(task.id, this.id, steps))) throw new Error("Lost the task's lease");
        }),
      })) as JsonValue | void;
    } catch (error) {
      if (signal.aborted) return; // given back by stop(); the next runner starts it again
      const message = errorMessage(error);
      if (error instanceof PermanentJobError || task.attempts >= task.maxAttempts) {
        this.logger.error(`[jobs] task ${task.id} (${task.name}) failed after ${task.attempts} attempt(s): ${message}`);
        await this.fail(task, job, parsed.data, message);
      } else {
        this.logger.warn(`[jobs] task ${task.id} (${task.name}) attempt ${task.attempts} failed, retrying: ${message}`);
        await retryTask(task.id, this.id, message, this.backoff(task.attempts));
      }
      return;
    }
    if (signal.aborted) return;
    if (!(await completeTask(task.id, this.id, result))) {
      this.logger.warn(`[jobs] task ${task.id} finished after its lease passed to another worker`);
    }
  }

  /**
   * Runs the job's failure handler, then marks the task FAILURE. In this order a crash in
   * between leaves the task to be claimed and failed again, handler included (it is
   * idempotent); the other order could lose the handler for good. Only while this worker still
   * holds the task: one that took it over may be running it and decides its end.
   */
  private async fail(task: ClaimedTask, job: AnyJob, payload: unknown, message: string): Promise<void> {
    if (job.onFailure) {
      if (!(await holdTask(task.id, this.id))) {
        this.logger.warn(`[jobs] task ${task.id} failed after its lease passed to another worker`);
        return;
      }
      try {
        await job.onFailure(payload, { taskId: task.id, error: message });
      } catch (error) {
        // Logged, and the task still ends: a handler that keeps failing must not keep it running.
        this.logger.error(`[jobs] the failure handler of task ${task.id} (${task.name}) failed`, error);
      }
    }
    await failTask(task.id, this.id, message);
  }
}

/** Wakes every runner of this process (a no-op when none runs here). */
export function wakeRunners(): void {
  for (const runner of activeRunners) runner.wake();
}

/** Starts this process's runner (once; later calls return the same one). */
export function startRunner(options: RunnerOptions): JobRunner {
  globalState.__openEventRunner ??= new JobRunner(options).start();
  return globalState.__openEventRunner;
}

export async function stopRunner(options?: { timeoutMs?: number }): Promise<void> {
  const runner = globalState.__openEventRunner;
  globalState.__openEventRunner = undefined;
  await runner?.stop(options);
}
