/**
 * `npx tsx scripts/bench/profile-sessions.ts`: where the time of the bench's slowest case goes.
 * Seeds the demo data and the generated 2,000-session event (large-event.ts) into its own
 * embedded PostgreSQL, then runs `GET /v1/events/{id}/sessions?include=speakers,track,
 * microlocation,session-type&page[size]=100` as the route does — service, serializer,
 * JSON.stringify — for an anonymous caller, a signed-in user without a role and the event's
 * owner, and prints per phase: wall time, every SQL statement with Prisma's duration, and
 * (with PROFILE_EXPLAIN=1) PostgreSQL's EXPLAIN ANALYZE of each statement. PROFILE_CPU=<dir>
 * writes a V8 CPU profile of each caller's measured rounds there (`<caller>.cpuprofile`).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import inspector from "node:inspector/promises";
import { performance } from "node:perf_hooks";
import pg from "pg";
import type { Actor } from "../../lib/auth/actor";
import { startEmbeddedPostgres, withDatabase } from "../../lib/db/embedded-postgres";
import { applyMigrations, ensureDatabase } from "../../lib/db/migrate";
import { seedLargeEvent } from "./large-event";

const ROUNDS = Number(process.env.PROFILE_ROUNDS ?? 30);
const EXPLAIN = process.env.PROFILE_EXPLAIN === "1";
const CPU_DIR = process.env.PROFILE_CPU;
const QUERY = "include=speakers,track,microlocation,session-type&page[size]=100";

interface Logged {
  sql: string;
  params: string;
  ms: number;
}

/** CPU ms of this process's descendants (the embedded PostgreSQL and its backends), from /proc. */
function childrenCpuMs(): number {
  if (!fs.existsSync("/proc/self/stat")) return 0;
  const stats = fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name)).flatMap((pid) => {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ").pop()!.split(" ");
      return [{ pid: Number(pid), ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) }];
    } catch {
      return [];
    }
  });
  const tree = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const stat of stats) if (tree.has(stat.ppid) && !tree.has(stat.pid)) grew = Boolean(tree.add(stat.pid));
  }
  tree.delete(process.pid);
  return stats.filter((stat) => tree.has(stat.pid)).reduce((sum, stat) => sum + stat.ticks, 0) * 10;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

async function main() {
  const server = process.env.DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres({ dir: fs.mkdtempSync(path.join(os.tmpdir(), "oe-profile-")), port: 54359, persistent: false, quiet: true });
  const adminUrl = process.env.DATABASE_URL ?? server!.adminUrl;
  const database = `open_event_profile_${Date.now().toString(36)}`;
  await ensureDatabase(adminUrl, database);
  const url = withDatabase(adminUrl, database);
  process.env.DATABASE_URL = url;
  await applyMigrations(url);
  const { seed } = await import("../../prisma/seed");
  await seed();
  const { db, disconnectDb } = await import("../../lib/db");
  const eventId = await seedLargeEvent(db);
  // PROFILE_SETUP_SQL: statements to try before measuring, e.g. a candidate index.
  for (const statement of (process.env.PROFILE_SETUP_SQL ?? "").split(";").filter((part) => part.trim())) await db.$executeRawUnsafe(statement);
  await db.$executeRawUnsafe("ANALYZE");

  const owner = await db.user.create({ data: { email: "bench-owner@example.com", passwordHash: "x" } });
  const stranger = await db.user.create({ data: { email: "bench-stranger@example.com", passwordHash: "x" } });
  const ownerRole = await db.role.findFirstOrThrow({ where: { name: "owner" } });
  await db.usersEventsRoles.create({ data: { userId: owner.id, eventId, roleId: ownerRole.id } });
  const actorOf = (user: { id: number; email: string }): Actor => ({ id: user.id, email: user.email, isAdmin: false, isSuperAdmin: false });

  const { parseQuery, collectionDocument } = await import("../../lib/jsonapi");
  await import("../../lib/api/resources");
  const { sessionResource } = await import("../../lib/sessions/resource");
  const { findEventSessions } = await import("../../lib/sessions/find-sessions");

  let log: Logged[] | undefined;
  db.$on("query" as never, (event: { query: string; params: string; duration: number }) => {
    log?.push({ sql: event.query, params: event.params, ms: Number(event.duration) });
  });

  const requestUrl = `http://127.0.0.1/v1/events/${eventId}/sessions?${QUERY}`;
  const runOnce = async (actor: Actor) => {
    const t0 = performance.now();
    const query = parseQuery(new URL(requestUrl), sessionResource, { collection: true });
    const page = await findEventSessions(actor, String(eventId), query);
    const t1 = performance.now();
    const document = collectionDocument(sessionResource, page.items, {
      actor,
      include: query.include,
      fields: query.fields,
      url: requestUrl,
      count: page.count,
      page: query.page,
    });
    const t2 = performance.now();
    const body = JSON.stringify(document);
    const t3 = performance.now();
    return { service: t1 - t0, serialize: t2 - t1, stringify: t3 - t2, total: t3 - t0, bytes: body.length, sessions: page.items.length, count: page.count };
  };

  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const actors: [string, Actor][] = [
    ["anonymous", null],
    ["signed in, no role", actorOf(stranger)],
    ["owner", actorOf(owner)],
  ];
  for (const [label, actor] of actors) {
    for (let i = 0; i < 5; i++) await runOnce(actor); // warm-up
    const samples: Awaited<ReturnType<typeof runOnce>>[] = [];
    const perStatement = new Map<string, number[]>();
    const profiler = CPU_DIR ? new inspector.Session() : undefined;
    if (profiler) {
      profiler.connect();
      await profiler.post("Profiler.enable");
      await profiler.post("Profiler.start");
    }
    const cpuBefore = process.cpuUsage();
    const pgBefore = childrenCpuMs();
    for (let i = 0; i < ROUNDS; i++) {
      log = [];
      samples.push(await runOnce(actor));
      log.forEach((entry, index) => {
        const key = `${index}`;
        perStatement.set(key, [...(perStatement.get(key) ?? []), entry.ms]);
      });
      if (i < ROUNDS - 1) log = undefined;
    }
    const nodeCpu = process.cpuUsage(cpuBefore);
    const pgCpu = childrenCpuMs() - pgBefore;
    if (profiler) {
      const { profile } = await profiler.post("Profiler.stop");
      fs.mkdirSync(CPU_DIR!, { recursive: true });
      fs.writeFileSync(path.join(CPU_DIR!, `${label.replace(/\W+/g, "-")}.cpuprofile`), JSON.stringify(profile));
      profiler.disconnect();
    }
    const last = log ?? [];
    log = undefined;
    const first = samples[0]!;
    console.log(`\n=== ${label}: ${first.sessions} of ${first.count} sessions, ${(first.bytes / 1024).toFixed(0)} KiB, median of ${ROUNDS}`);
    for (const phase of ["service", "serialize", "stringify", "total"] as const) {
      console.log(`  ${phase.padEnd(10)} ${median(samples.map((s) => s[phase])).toFixed(1).padStart(7)} ms`);
    }
    console.log(`  CPU per request: Node ${((nodeCpu.user + nodeCpu.system) / 1000 / ROUNDS).toFixed(1)} ms, PostgreSQL ${(pgCpu / ROUNDS).toFixed(1)} ms`);
    console.log(`  ${last.length} statements (Prisma duration, median ms):`);
    for (const [index, entry] of last.entries()) {
      const sql = entry.sql.replace(/"public"\./g, "").replace(/\s+/g, " ");
      console.log(`  [${index}] ${median(perStatement.get(String(index)) ?? [0]).toFixed(1).padStart(6)} ms  ${sql.slice(0, 240)}${sql.length > 240 ? " …" : ""}`);
      if (EXPLAIN) {
        const params = JSON.parse(entry.params) as unknown[];
        const plan = await pool.query(`EXPLAIN (ANALYZE, BUFFERS OFF, SUMMARY ON) ${entry.sql}`, params);
        for (const row of plan.rows) console.log(`        ${row["QUERY PLAN"]}`);
      }
    }
  }
  await pool.end();
  await disconnectDb();
  await server?.stop();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
