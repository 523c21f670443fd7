import { env, inngestEnabled } from "../env";
import type { AnyJob } from "./define-job";
import { startRunner, stopRunner, type JobRunner } from "./runner";

// Signal handlers are installed once per process, however often Next calls register().
const state = globalThis as unknown as { __openEventRunnerSignals?: boolean };

/**
 * The server's runner for `jobs` (the app's list, `inngest/jobs.ts`), unless this process must
 * not run jobs: JOB_RUNNER=0 (a web-only instance) or Inngest configured (it runs the
 * functions; a runner would run them twice).
 */
export function startRunnerFromEnv(jobs: readonly AnyJob[]): JobRunner | null {
  if (env().JOB_RUNNER === "0" || inngestEnabled()) return null;
  const runner = startRunner({ jobs });
  if (state.__openEventRunnerSignals) return runner;
  state.__openEventRunnerSignals = true;
  // Best effort: Next's own signal handler exits without waiting for us, so unfinished tasks
  // may stay STARTED; the next start (same host) or the lease expiry (any host) resumes them.
  // When nobody else handles the signal (NEXT_MANUAL_SIG_HANDLE, a plain script), it is raised
  // again once the runner stopped, so that the process still ends as the signal asks.
  const onSignal = (signal: NodeJS.Signals) =>
    void stopRunner({ timeoutMs: 5_000 }).finally(() => {
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    });
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
  return runner;
}
