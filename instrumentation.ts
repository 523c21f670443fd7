/**
 * Refuses methods the app does not serve and records the connected peer's address in
 * X-Forwarded-For (lib/net/peer-address.ts) before Next.js sees a request; then starts the
 * embedded job runner with the Node.js server, handing it the app's list of jobs (the same list
 * Inngest serves). Not on the edge runtime, not when Inngest is configured
 * (Inngest then runs the same functions through /api/inngest), and not when JOB_RUNNER=0
 * (web-only instances; another process runs the jobs).
 */
export async function register(): Promise<void> {
  // The check wraps the imports (rather than returning early) so that the bundler drops the
  // Node-only runner from the edge build, as the Next.js instrumentation guide prescribes.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // Before anything else: TRACE and other methods the app does not serve are refused before
    // Next.js turns them into a 500 (lib/http/method-guard.ts).
    const { installMethodGuard } = await import("./lib/http/method-guard");
    installMethodGuard();
    // First, before any request: the sign-in limits need the real peer address (lib/auth/client-ip.ts).
    const { appendPeerAddresses } = await import("./lib/net/peer-address");
    appendPeerAddresses();
    const [{ startRunnerFromEnv }, { jobs }] = await Promise.all([import("./lib/jobs/start-runner"), import("./inngest/jobs")]);
    startRunnerFromEnv(jobs);
  }
}
