import { env, inngestEnabled } from "../env";
import { startRunner, stopRunner, type JobRunner } from "./runner";

/**
 * The server's runner, unless this process must not run jobs: JOB_RUNNER=0 (a web-only
 * instance) or Inngest configured (it runs the functions; a runner would run them twice).
 */
export function startRunnerFromEnv(): JobRunner | null {
  if (env().JOB_RUNNER === "0" || inngestEnabled()) return null;
  const runner = startRunner();
  // Best effort: Next's own signal handler exits without waiting for us, so unfinished tasks
  // may stay STARTED; the next start (same host) or the lease expiry (any host) resumes them.
  // With NEXT_MANUAL_SIG_HANDLE Next leaves exiting to the app, so we exit once stopped.
  const stop = () =>
    void stopRunner({ timeoutMs: 5_000 }).finally(() => {
      if (process.env.NEXT_MANUAL_SIG_HANDLE) process.exit(0);
    });
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  return runner;
}
