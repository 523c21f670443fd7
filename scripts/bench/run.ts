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
import { LARGE, seedLargeEvent } from "./large-event";

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const base = `http://127.0.0.1:${PORT}`;

interface Case {
  name: string;
  path: string;
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

async function load(target: Case) {
  const result = await autocannon({ url: base + target.path, connections: CONNECTIONS, duration: DURATION });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${target.name}: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
  }
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
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
  const demo = await db.event.findFirstOrThrow({ where: { state: "published" }, select: { id: true, identifier: true } });
  const large = await seedLargeEvent(db);
  await disconnectDb();

  const app = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT)], {
    env: { ...process.env, DATABASE_URL: url, NODE_ENV: "production", AUTH_SECRET: "bench-secret-bench-secret-bench", JOB_RUNNER: "0" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    await waitFor(`${base}/api/health`, 60_000);
    const cases: Case[] = [
      { name: "baseline: GET /api/health (no database)", path: "/api/health" },
      { name: "GET /v1/events/{id}", path: `/v1/events/${demo.id}` },
      { name: "GET /v1/events/{identifier}", path: `/v1/events/${demo.identifier}` },
      { name: "GET /v1/events (list)", path: "/v1/events" },
      {
        name: `GET sessions of ${LARGE.sessions} (100, 4 includes)`,
        path: `/v1/events/${large}/sessions?include=speakers,track,microlocation,session-type&page[size]=100`,
      },
    ];
    const rows: { name: string; rps: number; p50: number; p99: number }[] = [];
    for (const target of cases) {
      await load(target); // warm-up pass (JIT, connection pool, route compilation caches)
      rows.push({ name: target.name, ...(await load(target)) });
    }
    const baseline = rows[0]!;
    console.log(`\n${CONNECTIONS} connections, ${DURATION} s per route, loopback, ${os.cpus().length} cores\n`);
    console.log(`${"route".padEnd(46)} ${"req/s".padStart(9)} ${"vs base".padStart(8)} ${"p50 ms".padStart(7)} ${"p99 ms".padStart(7)}`);
    for (const row of rows) {
      console.log(
        `${row.name.padEnd(46)} ${row.rps.toFixed(0).padStart(9)} ${(row.rps / baseline.rps).toFixed(2).padStart(8)} ${String(row.p50).padStart(7)} ${String(row.p99).padStart(7)}`,
      );
    }
  } finally {
    app.kill("SIGTERM");
    await server?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
