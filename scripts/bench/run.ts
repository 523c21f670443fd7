/**
 * `npm run bench`: starts the production build on its own embedded PostgreSQL with the demo
 * data, loads each route with autocannon on loopback and prints requests/s and p50/p99 latency
 * side by side with a baseline route measured in the same run (ratios, not absolute targets).
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { startEmbeddedPostgres, withDatabase } from "../../lib/db/embedded-postgres";
import { applyMigrations, ensureDatabase } from "../../lib/db/migrate";
import { withServerMallocEnv } from "../../lib/server/malloc-env";
import { benchExportRenderersIsolated, printExportBench } from "./export-renderers";
import { benchImport, printImportBench } from "./import";
import { HUGE, LARGE, seedLargeEvent } from "./large-event";

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
/** BENCH_PROFILE=<dir>: the server writes a V8 CPU profile there when it stops. */
const PROFILE_DIR = process.env.BENCH_PROFILE;
const base = `http://127.0.0.1:${PORT}`;

interface Case {
  name: string;
  path: string;
  /** Sent with every request (an admin's token for the admin routes). */
  headers?: Record<string, string>;
  /** Requests each connection sends in turn instead of GET `path` (a write and its undoing). */
  requests?: { method: "PUT" | "DELETE"; path: string; headers?: Record<string, string> }[];
}

async function waitFor(url: string, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** The machine's CPU ticks so far: idle (with I/O wait) and in all (Linux; null elsewhere). */
function machineTicks(): { idle: number; total: number } | null {
  if (!fs.existsSync("/proc/stat")) return null;
  const ticks = fs.readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
  return { idle: ticks[3]! + (ticks[4] ?? 0), total: ticks.reduce((sum, value) => sum + value, 0) };
}

/**
 * Waits, at most `limitMs`, until less than a fifth of the machine's CPU is busy over a second:
 * after the load cases the server goes on collecting garbage and the database vacuums the rows
 * the stars wrote, and the renderer figures measured next must not share the cores with them.
 * Answers the time waited (ms).
 */
async function waitForQuietMachine(limitMs = 60_000): Promise<number> {
  const start = performance.now();
  while (performance.now() - start < limitMs) {
    const before = machineTicks();
    if (!before) break;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const after = machineTicks()!;
    if (1 - (after.idle - before.idle) / Math.max(1, after.total - before.total) < 0.2) break;
  }
  return performance.now() - start;
}

/**
 * CPU time (ms) used so far by a process and its descendants, from /proc (Linux; 0 elsewhere).
 * Divided by the requests served it gives the server's CPU cost per request, which other load
 * on a shared machine disturbs far less than requests/s and latency do.
 */
function treeCpuMs(rootPid: number): number {
  return processTree(rootPid).reduce((sum, stat) => sum + stat.ticks, 0) * 10; // USER_HZ = 100
}

/** The process `rootPid` and its descendants, with their CPU ticks (Linux; empty elsewhere). */
function processTree(rootPid: number): { pid: number; ppid: number; ticks: number }[] {
  if (!fs.existsSync("/proc/self/stat")) return [];
  const stats = fs
    .readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => {
      try {
        // Fields after the command name (which may contain spaces): state ppid … utime stime.
        const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ").pop()!.split(" ");
        return [{ pid: Number(pid), ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) }];
      } catch {
        return [];
      }
    });
  const tree = new Set([rootPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const stat of stats) if (tree.has(stat.ppid) && !tree.has(stat.pid)) grew = Boolean(tree.add(stat.pid));
  }
  return stats.filter((stat) => tree.has(stat.pid));
}

/**
 * Peak resident memory (MB) of the server: the largest VmHWM among its processes (Next runs the
 * app in a child). `reset` first clears the peaks (`clear_refs` 5), so that the figure covers
 * only what follows.
 */
function serverPeakRssMb(rootPid: number, { reset = false } = {}): number {
  let peak = 0;
  for (const { pid } of processTree(rootPid)) {
    try {
      if (reset) fs.writeFileSync(`/proc/${pid}/clear_refs`, "5");
      const kb = Number(/^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
      peak = Math.max(peak, kb / 1024);
    } catch {
      // the process ended meanwhile
    }
  }
  return peak;
}

/** Resident memory (MB) now: the largest VmRSS among the server's processes. */
function serverRssMb(rootPid: number): number {
  let largest = 0;
  for (const { pid } of processTree(rootPid)) {
    try {
      largest = Math.max(largest, Number(/^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024);
    } catch {
      // the process ended meanwhile
    }
  }
  return largest;
}

async function load(target: Case, serverPid: number) {
  const cpuBefore = treeCpuMs(serverPid);
  const result = await autocannon({ url: base + target.path, connections: CONNECTIONS, duration: DURATION, headers: target.headers, requests: target.requests });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${target.name}: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
  }
  const cpuPerRequest = (treeCpuMs(serverPid) - cpuBefore) / Math.max(1, result.requests.total);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, cpu: cpuPerRequest };
}

const EXPORT_ROOMS = 60;
const EXPORT_TRACKS = 50;

/** Rooms and tracks up to the export case's 60/50 (the sessions case's event has fewer). */
async function topUpForExports(db: Awaited<typeof import("../../lib/db")>["db"], eventId: number) {
  const [rooms, tracks] = await Promise.all([db.microlocation.count({ where: { eventId } }), db.track.count({ where: { eventId } })]);
  await db.microlocation.createMany({ data: Array.from({ length: Math.max(0, EXPORT_ROOMS - rooms) }, (_, i) => ({ eventId, name: `Extra room ${i + 1}`, position: rooms + i })) });
  await db.track.createMany({ data: Array.from({ length: Math.max(0, EXPORT_TRACKS - tracks) }, (_, i) => ({ eventId, name: `Extra track ${i + 1}`, position: tracks + i })) });
}

/** The seeded admin's API token, as the header of an authenticated request. */
function adminHeaders(): Promise<Record<string, string>> {
  return tokenHeaders("admin@example.com");
}

/**
 * Wall time of a whole export task through the running server: `GET …/export/ical` until
 * `GET /v1/tasks/{id}` says SUCCESS (polled every 20 ms), on the large event. Median of 5 after
 * a warm-up run; target ≤ 2 s.
 */
async function benchExportTask(eventId: number, format = "ical", warmUpAndRuns = 5): Promise<{ medianMs: number; runs: number[] }> {
  const headers = await adminHeaders();
  const runs: number[] = [];
  for (let run = 0; run <= warmUpAndRuns; run++) {
    const started = performance.now();
    const response = await fetch(`${base}/v1/events/${eventId}/export/${EXPORT_PATHS[format] ?? format}`, { method: "POST", headers });
    if (!response.ok) throw new Error(`export failed to start: ${response.status}`);
    const { task_url } = (await response.json()) as { task_url: string };
    for (;;) {
      const task = (await (await fetch(base + task_url, { headers })).json()) as { state: string; error?: { message: string } };
      if (task.state === "FAILURE") throw new Error(`export failed: ${task.error?.message}`);
      if (task.state === "SUCCESS") break;
      if (performance.now() - started > 120_000) throw new Error("export did not finish within 120 s");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    if (run > 0 || warmUpAndRuns === 0) runs.push(performance.now() - started); // run 0 warms up the job's code paths
  }
  const sorted = [...runs].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)]!, runs };
}

const SCALE_FORMATS = ["ical", "xcal", "pentabarf", "frab-json", "json", "sessions-csv", "speakers-csv"];
/** Routes of the formats whose path is not their name (every export route takes POST). */
const EXPORT_PATHS: Record<string, string> = { "sessions-csv": "sessions/csv", "speakers-csv": "speakers/csv" };
const SCALE_MEMORY_TARGET_MB = 512;

/** Each format of the 10,000-session event once through the server, with its peak memory. */
/** The route figures that have targets, each beside its target. */
function printRouteTargets(rows: { name: string; rps: number; p99: number; cpu: number }[]) {
  const baseline = rows[0]!;
  const lines: string[] = [];
  for (const row of rows.slice(1)) {
    const rps = row.rps / baseline.rps;
    const cpu = row.cpu / Math.max(baseline.cpu, 0.01);
    if (row.name === "GET demo schedule page") lines.push(`${row.name.padEnd(46)} ${rps.toFixed(2)}× baseline req/s; target ≥ 0.3×: ${rps >= 0.3 ? "ok" : "MISSED"}`);
    if (row.name.startsWith("GET sessions of")) {
      lines.push(`${row.name.padEnd(46)} ${cpu.toFixed(2)}× baseline CPU; target ≤ 6×: ${cpu <= 6 ? "ok" : "MISSED"}`);
      lines.push(`${row.name.padEnd(46)} p99 ${row.p99} ms; target ≤ 100 ms: ${row.p99 <= 100 ? "ok" : "MISSED"}`);
    }
    if (row.name.startsWith("statistics:")) lines.push(`${row.name.padEnd(46)} ${cpu.toFixed(2)}× baseline CPU; target ≤ 3×: ${cpu <= 3 ? "ok" : "MISSED"}`);
  }
  if (lines.length) console.log(`\n${lines.join("\n")}`);
}

/** The signed-in user's API token, as the header of an authenticated request. */
async function tokenHeaders(email: string): Promise<Record<string, string>> {
  const login = await fetch(`${base}/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: "open-event-dev" }),
  });
  if (!login.ok) throw new Error(`login failed: ${login.status}`);
  return { authorization: `JWT ${((await login.json()) as { access_token: string }).access_token}` };
}

const MIXED_CONNECTIONS = 50;
const MIXED_SECONDS = Number(process.env.BENCH_MIXED_SECONDS ?? 20);

/**
 * Many visitors at once: 50 connections for 20 s, each going round the public event page, the
 * schedule page, the 2,000-session event's sessions with four includes, a session page, the
 * event by id, and a signed-in user starring and unstarring a session (the speaker's demo
 * account; every connection the same user and session, so the writes contend). Prints requests/s,
 * p50/p99, errors and the server's peak memory; targets: 0 errors, p99 ≤ 300 ms.
 */
/** A public session of the demo event and the speaker's demo account, who stars it. */
async function starTarget(demo: { id: number }) {
  const user = await tokenHeaders("speaker@example.com");
  const sessions = await fetch(`${base}/v1/events/${demo.id}/sessions?page[size]=1&sort=id`).then((response) => response.json() as Promise<{ data: { id: string }[] }>);
  const session = sessions.data[0]?.id;
  if (!session) throw new Error("the demo event has no public session");
  return { user, session };
}

async function benchMixed(demo: { id: number; identifier: string }, large: number, serverPid: number) {
  const { user, session } = await starTarget(demo);
  const plain = [
    { name: "event page", method: "GET" as const, path: `/e/${demo.identifier}` },
    { name: "schedule page", method: "GET" as const, path: `/e/${demo.identifier}/schedule` },
    { name: "sessions, 4 includes", method: "GET" as const, path: `/v1/events/${large}/sessions?include=speakers,track,microlocation,session-type&page[size]=100` },
    { name: "session page", method: "GET" as const, path: `/e/${demo.identifier}/sessions/${session}` },
    { name: "event by id", method: "GET" as const, path: `/v1/events/${demo.id}` },
    { name: "star", method: "PUT" as const, path: `/v1/users/me/starred-sessions/${session}`, headers: user },
    { name: "unstar", method: "DELETE" as const, path: `/v1/users/me/starred-sessions/${session}`, headers: user },
  ];
  // Each kind's latencies: from building the request (just before it is sent, one request at a
  // time per connection) to its whole response.
  const latencies = new Map<string, number[]>(plain.map(({ name }) => [name, []]));
  let recording = false;
  const requests = plain.map(({ name, ...request }): autocannon.Request => ({
    ...request,
    setupRequest: (built, context) => {
      (context as Record<string, number>)[name] = performance.now();
      return built;
    },
    onResponse: (_status, _body, context) => {
      const started = (context as Record<string, number>)[name];
      if (recording && started !== undefined) latencies.get(name)!.push(performance.now() - started);
    },
  }));
  // Warm-up (route code, the caches' first renders), then the measured run from cleared peaks.
  await autocannon({ url: base, connections: 10, amount: requests.length * 20, requests });
  serverPeakRssMb(serverPid, { reset: true });
  const cpuBefore = treeCpuMs(serverPid);
  recording = true;
  const result = await autocannon({ url: base, connections: MIXED_CONNECTIONS, duration: MIXED_SECONDS, requests });
  recording = false;
  const cpu = (treeCpuMs(serverPid) - cpuBefore) / Math.max(1, result.requests.total);
  const peak = serverPeakRssMb(serverPid);
  const failures = result.non2xx + result.errors + result.timeouts;
  console.log(`\nMixed load: ${MIXED_CONNECTIONS} connections, ${MIXED_SECONDS} s, each going round ${requests.length} requests (event page, schedule page, sessions with 4 includes, session page, event by id, star, unstar)\n`);
  console.log(`requests ${result.requests.total}, ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, CPU ${cpu.toFixed(2)} ms/req, server peak ${peak.toFixed(0)} MB`);
  console.log(`errors ${failures} (non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}); target 0: ${failures === 0 ? "ok" : "MISSED"}`);
  console.log(`p99 ${result.latency.p99} ms; target ≤ 300 ms: ${result.latency.p99 <= 300 ? "ok" : "MISSED"}`);
  const percentile = (sorted: number[], share: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;
  console.log(`by kind (ms): ${[...latencies].map(([name, values]) => {
    const sorted = values.sort((a, b) => a - b);
    return `${name} p50 ${percentile(sorted, 0.5).toFixed(0)} p99 ${percentile(sorted, 0.99).toFixed(0)}`;
  }).join("; ")}`);
}

/** Each format of the 10,000-session event once through the server, with its peak memory and the memory once done. */
async function benchScale(eventId: number, serverPid: number) {
  const rows: { format: string; ms: number; peakMb: number; afterMb: number }[] = [];
  const idleMb = serverRssMb(serverPid);
  for (const format of SCALE_FORMATS) {
    serverPeakRssMb(serverPid, { reset: true });
    const { medianMs } = await benchExportTask(eventId, format, 0);
    rows.push({ format, ms: medianMs, peakMb: serverPeakRssMb(serverPid), afterMb: serverRssMb(serverPid) });
  }
  return { idleMb, rows };
}

function printScale({ idleMb, rows }: Awaited<ReturnType<typeof benchScale>>) {
  console.log(
    `\nScale: exports of ${HUGE.sessions.toLocaleString("en")} sessions, ${HUGE.speakers.toLocaleString("en")} speakers on the started server, request to SUCCESS, server peak RSS (target < ${SCALE_MEMORY_TARGET_MB} MB) and RSS once done; ${idleMb.toFixed(0)} MB before the first\n`,
  );
  console.log(`${"format".padEnd(14)} ${"ms".padStart(8)} ${"peak MB".padStart(8)} ${"after MB".padStart(9)}`);
  for (const row of rows) {
    console.log(`${row.format.padEnd(14)} ${row.ms.toFixed(0).padStart(8)} ${row.peakMb.toFixed(0).padStart(8)} ${row.afterMb.toFixed(0).padStart(9)}${row.peakMb < SCALE_MEMORY_TARGET_MB ? "" : "  MISSED"}`);
  }
}

async function main() {
  if (!fs.existsSync(".next/BUILD_ID")) {
    console.log("No production build found; running `next build` first.");
    const build = spawnSync("npm", ["run", "-s", "build"], { stdio: "inherit" });
    if (build.status !== 0) throw new Error("next build failed");
  }
  const server = process.env.DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres({ dir: fs.mkdtempSync(path.join(os.tmpdir(), "oe-bench-")), port: 54349, persistent: false, quiet: true });
  const adminUrl = process.env.DATABASE_URL ?? server!.adminUrl;
  const database = `open_event_bench_${Date.now().toString(36)}`;
  await ensureDatabase(adminUrl, database);
  const url = withDatabase(adminUrl, database);
  process.env.DATABASE_URL = url;
  await applyMigrations(url);
  const { seed } = await import("../../prisma/seed");
  await seed();
  const { db, disconnectDb } = await import("../../lib/db");
  const only = process.env.BENCH_CASES?.split(",").filter(Boolean);
  const demo = await db.event.findFirstOrThrow({ where: { state: "published" }, select: { id: true, identifier: true } });
  const large = await seedLargeEvent(db);
  await topUpForExports(db, large);
  const withScale = !only || only.includes("scale");
  const huge = withScale ? await seedLargeEvent(db, HUGE) : undefined;
  await disconnectDb();
  const withExports = !only || only.includes("export");
  const withImport = !only || only.includes("import");

  const profile = PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(PROFILE_DIR)}`] : [];
  const app = spawn(process.execPath, [...profile, "node_modules/next/dist/bin/next", "start", "-p", String(PORT)], {
    // As `npm start` runs it (scripts/run.ts), malloc settings included.
    env: withServerMallocEnv({
      ...process.env,
      DATABASE_URL: url,
      NODE_ENV: "production",
      AUTH_SECRET: "bench-secret-bench-secret-bench",
      JOB_RUNNER: withExports || withImport || withScale ? "1" : "0",
      UPLOAD_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "oe-bench-uploads-")),
    }),
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    await waitFor(`${base}/api/health`, 60_000);
    // The exports' memory first, on the server as started: after as little as the baseline's load
    // (10 s of /api/health) the server alone holds about 510 MB, the heap V8 grew serving the
    // requests and keeps, whatever an export then adds.
    const scale = huge !== undefined ? await benchScale(huge, app.pid!) : undefined;
    const star = await starTarget(demo);
    const cases: Case[] = [
      { name: "baseline: GET /api/health (no database)", path: "/api/health" },
      { name: "GET /v1/events/{id}", path: `/v1/events/${demo.id}` },
      { name: "GET /v1/events/{identifier}", path: `/v1/events/${demo.identifier}` },
      { name: "GET /v1/events (list)", path: "/v1/events" },
      // The public pages: server-rendered HTML, the schedule one day at a time.
      { name: "GET demo event page", path: `/e/${demo.identifier}` },
      { name: "GET demo session page", path: `/e/${demo.identifier}/sessions/${star.session}` },
      { name: "GET demo schedule page", path: `/e/${demo.identifier}/schedule` },
      { name: `GET schedule page of ${LARGE.sessions} (one day)`, path: `/e/bench2000/schedule` },
      { name: `GET schedule grid of ${LARGE.sessions} (one day)`, path: `/e/bench2000/schedule?view=grid` },
      {
        name: `GET sessions of ${LARGE.sessions} (100, 4 includes)`,
        path: `/v1/events/${large}/sessions?include=speakers,track,microlocation,session-type&page[size]=100`,
      },
    ];
    // The statistics, as an admin, with the large event's sessions, speakers and roles in the counts.
    const admin = await adminHeaders();
    for (const name of ["events", "sessions", "users", "mails", "event-types", "event-topics"]) {
      cases.push({ name: `statistics: GET /v1/admin/statistics/${name}`, path: `/v1/admin/statistics/${name}`, headers: admin });
    }
    cases.push({
      name: "PUT+DELETE a starred session (signed in)",
      path: "",
      requests: [
        { method: "PUT", path: `/v1/users/me/starred-sessions/${star.session}`, headers: star.user },
        { method: "DELETE", path: `/v1/users/me/starred-sessions/${star.session}`, headers: star.user },
      ],
    });
    cases.push({ name: `statistics: general of ${LARGE.sessions} sessions`, path: `/v1/events/${large}/general-statistics`, headers: admin });
    const rows: { name: string; rps: number; p50: number; p99: number; cpu: number }[] = [];
    // BENCH_CASES=sessions,… runs only the cases whose names contain one of the words (and the baseline).
    for (const [index, target] of cases.entries()) {
      if (only && index > 0 && !only.some((word) => target.name.includes(word))) continue;
      await load(target, app.pid!); // warm-up pass (JIT, connection pool, route compilation caches)
      rows.push({ name: target.name, ...(await load(target, app.pid!)) });
    }
    const baseline = rows[0]!;
    console.log(`\n${CONNECTIONS} connections, ${DURATION} s per route, loopback, ${os.cpus().length} cores\n`);
    console.log(
      `${"route".padEnd(46)} ${"req/s".padStart(9)} ${"vs base".padStart(8)} ${"p50 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"CPU ms/req".padStart(11)} ${"CPU vs base".padStart(12)}`,
    );
    for (const row of rows) {
      console.log(
        `${row.name.padEnd(46)} ${row.rps.toFixed(0).padStart(9)} ${(row.rps / baseline.rps).toFixed(2).padStart(8)} ${String(row.p50).padStart(7)} ${String(row.p99).padStart(7)} ${row.cpu.toFixed(2).padStart(11)} ${(row.cpu / Math.max(baseline.cpu, 0.01)).toFixed(2).padStart(12)}`,
      );
    }
    printRouteTargets(rows);
    // BENCH_CASES=mixed runs only the 50-connection mixed load.
    if (!only || only.includes("mixed")) await benchMixed(demo, large, app.pid!);
    // BENCH_CASES=export runs only the export measurements.
    if (withExports) {
      const waited = await waitForQuietMachine();
      console.log(`\nWaited ${(waited / 1000).toFixed(1)} s for the machine to be quiet (under 20 % busy over a second) before the renderers.`);
      printExportBench(benchExportRenderersIsolated());
      const task = await benchExportTask(large);
      console.log(
        `\nExport task (iCal, ${LARGE.sessions} sessions, ${EXPORT_ROOMS} rooms, ${EXPORT_TRACKS} tracks), request to SUCCESS: median ${task.medianMs.toFixed(0)} ms of ${task.runs.length} (target ≤ 2000 ms); runs ${task.runs.map((ms) => ms.toFixed(0)).join(", ")}`,
      );
    }
    // BENCH_CASES=import runs only the import measurement (FOSSASIA Summit 2017 through the server).
    if (withImport) printImportBench(await benchImport(base));
    // BENCH_CASES=scale runs only the 10,000-session exports (measured first, above).
    if (scale) printScale(scale);
  } finally {
    // Stop the app before its database, so that requests still in flight do not log errors.
    const exited = app.exitCode === null ? new Promise((resolve) => app.once("exit", resolve)) : Promise.resolve();
    app.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    await server?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
