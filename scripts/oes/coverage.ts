/**
 * `npm run oes:coverage [-- --url <base>] [-- --port <n>] [-- --out <file>]`: sends every Open
 * Event Server path × method pair of the covered groups (lib/oes/compat.ts) to a running app and
 * counts the ones it answers, per group, in total for the groups in scope, and per resource for
 * create/read/update/delete. Without --url it starts the production build (`.next`, built first
 * when missing) on a throw-away PostgreSQL with the demo data, as the bench does. The results go
 * to docs/oes-coverage.json, which `npm run oes:matrix` shows beside the declared statuses.
 *
 * Signed in as the demo admin (every request) after the demo organizer has created a throw-away
 * event ("OES probe …") with one row of each kind it can create (THROWAWAY). Which URL each pair
 * gets and when its answer counts: lib/oes/probe.ts. Bodies: POST to a list,
 * `{data: {type, attributes: <OES's required attributes>, relationships: {event}}}`; PATCH of a
 * detail, `{data: {type, id, attributes: {}}}` with the id a GET of the same URL answered;
 * relationship writes, `{data: []}` or `{data: null}`; the non-JSON:API routes (auth, upload,
 * import, export) BODIES. Relationship writes run after the other writes, DELETEs last, the events
 * group's last of all, and the auth group's writes after everything (logout and blacklist at the
 * very end, with a token of their own).
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres, withDatabase } from "../../lib/db/embedded-postgres";
import { applyMigrations, ensureDatabase } from "../../lib/db/migrate";
import { COVERAGE_TARGET } from "../../lib/oes/compat";
import { coveredPairs, formatSummary, summarize, type Measurement, type PairResult } from "../../lib/oes/coverage";
import { collectionOf, ENDS_TOKENS, isObject, judge, MISSING, order, plan, sampleAttributes, signature, type Answer, type Planned, type Row } from "../../lib/oes/probe";
import { isParam, oesTypes, pathSegments } from "../../lib/oes/reference";

const ROOT = path.resolve(import.meta.dirname, "../..");

// ---------------------------------------------------------------------------------------------
// Data: what the probe sends where the generic rules do not fit. Update when routes land.

const ADMIN = { email: "admin@example.com", password: "open-event-dev" };
const ORGANIZER = { email: "organizer@example.com", password: "open-event-dev" };
const DEMO_EVENT = "ots2027";

/** A 1×1 PNG. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

type Body = { json: unknown } | { multipart: Record<string, Blob> };

/** Bodies of the non-JSON:API routes (others get `{}`), none of which changes an account. */
const BODIES: Record<string, Body> = {
  "POST /v1/auth/login": { json: ADMIN },
  "POST /auth/session": { json: { username: ADMIN.email, password: ADMIN.password } },
  "POST /v1/auth/fresh-login": { json: ADMIN },
  "POST /v1/auth/verify-password": { json: { password: "not-the-password" } },
  "POST /v1/auth/change-password": { json: { data: { "old-password": "not-the-password", "new-password": "oes-probe-new-password" } } },
  "POST /v1/auth/reset-password": { json: { data: { email: "oes-probe@example.com" } } },
  "PATCH /v1/auth/reset-password": { json: { data: { token: "oes-probe-invalid-token", password: "oes-probe-password" } } },
  "POST /v1/auth/verify-email": { json: { data: { token: "oes-probe-invalid-token" } } },
  "POST /v1/auth/resend-verification-email": { json: { data: { email: "oes-probe@example.com" } } },
  "POST /v1/role_invites/accept-invite": { json: { data: { token: "oes-probe-invalid-token" } } },
  "POST /v1/role_invites/user": { json: { data: { token: "oes-probe-invalid-token" } } },
  "POST /v1/upload/image": { json: { data: `data:image/png;base64,${PNG.toString("base64")}` } },
  "POST /v1/upload/files": { multipart: { file: new Blob([PNG], { type: "image/png" }) } },
  "POST /v1/events/import/{source_type}": { multipart: { file: new Blob([Buffer.from("not a zip")], { type: "application/zip" }) } },
  "POST /v1/events/{event_identifier}/export/json": { json: { image: false, video: false, document: false, audio: false } },
  "POST /v1/events/{event_identifier}/export/sessions/csv": { json: { status: "all" } },
  "POST /v1/events/{event_identifier}/export/speakers/csv": { json: { status: "all" } },
};

/** Rows the probe makes in its throw-away event (or, for the global taxonomy, as admin), in order. */
const THROWAWAY: { collection: string; type: string; under?: string }[] = [
  { collection: "tracks", type: "track" },
  { collection: "microlocations", type: "microlocation" },
  { collection: "session-types", type: "session-type" },
  { collection: "sponsors", type: "sponsor" },
  { collection: "social-links", type: "social-link" },
  { collection: "tickets", type: "ticket" },
  { collection: "speakers", type: "speaker" },
  { collection: "sessions", type: "session" },
  { collection: "role-invites", type: "role-invite" },
  { collection: "event-topics", type: "event-topic" },
  { collection: "event-sub-topics", type: "event-sub-topic", under: "event-topics" },
  { collection: "event-types", type: "event-type" },
  { collection: "speakers-calls", type: "speakers-call" },
  { collection: "custom-forms", type: "custom-form" },
  { collection: "custom-form-options", type: "custom-form-option", under: "custom-forms" },
];

/** The event's to-one relationships the probe sets on it once the taxonomy rows exist, so that their paths have a row to write to. */
const EVENT_LINKS = ["event-type", "event-topic", "event-sub-topic"];

// ---------------------------------------------------------------------------------------------
// Arguments and the app.

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const givenUrl = option("url");
const port = Number(option("port") ?? process.env.OES_COVERAGE_PORT ?? 3250);
const out = path.resolve(ROOT, option("out") ?? "docs/oes-coverage.json");
const base = (givenUrl ?? `http://127.0.0.1:${port}`).replace(/\/$/, "");

async function waitFor(url: string, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/**
 * The production build on a throw-away PostgreSQL with the demo data, started as
 * scripts/bench/run.ts and e2e/server.ts start it; resolves to the function that stops both and
 * removes their files.
 */
async function startApp(): Promise<() => Promise<void>> {
  if (!fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    console.log("No production build found; running `next build` first.");
    if (spawnSync("npm", ["run", "-s", "build"], { cwd: ROOT, stdio: "inherit" }).status !== 0) throw new Error("next build failed");
  }
  const built = fs.statSync(path.join(ROOT, ".next", "BUILD_ID")).mtime;
  console.log(`Starting the production build of ${built.toISOString()} (run \`npm run build\` first to probe newer code) on port ${port}.`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "open-event-oes-coverage-"));
  // As root, PostgreSQL runs as its own user and must reach the directory mkdtemp made private.
  fs.chmodSync(dataDir, 0o755);
  const server = await startEmbeddedPostgres({ dir: path.join(dataDir, "pg"), port: 55329, persistent: false, quiet: true });
  const url = withDatabase(server.adminUrl, "open_event_oes_coverage");
  await ensureDatabase(server.adminUrl, "open_event_oes_coverage");
  await applyMigrations(url);
  process.env.DATABASE_URL = url;
  const { seed } = await import("../../prisma/seed");
  await seed();
  const { disconnectDb } = await import("../../lib/db");
  await disconnectDb();
  const app = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: url,
      APP_URL: base,
      AUTH_URL: base,
      AUTH_SECRET: randomBytes(32).toString("hex"),
      UPLOAD_DIR: path.join(dataDir, "uploads"),
      // Exports and imports run as background jobs; the probe reads their tasks.
      JOB_RUNNER: "1",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const stop = async () => {
    // The app first, so that requests still in flight do not log database errors.
    if (app.exitCode === null) {
      const exited = new Promise((resolve) => app.once("exit", resolve));
      app.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    }
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitFor(`${base}/api/health`, 120_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return stop;
}

// ---------------------------------------------------------------------------------------------
// HTTP.

async function send(method: string, url: string, token: string | undefined, body?: Body, jsonApi = true): Promise<Answer | Error> {
  const headers: Record<string, string> = { accept: jsonApi ? "application/vnd.api+json" : "application/json" };
  if (token) headers.authorization = `JWT ${token}`;
  let payload: string | FormData | undefined;
  if (body && "json" in body) {
    headers["content-type"] = jsonApi ? "application/vnd.api+json" : "application/json";
    payload = JSON.stringify(body.json);
  } else if (body) {
    payload = new FormData();
    for (const [name, blob] of Object.entries(body.multipart)) payload.append(name, blob, name === "file" ? "oes-probe.png" : name);
  }
  try {
    const response = await fetch(base + url, { method, headers, body: payload, redirect: "manual" });
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, contentType: (response.headers.get("content-type") ?? "").split(";")[0]!.trim(), text, json };
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

async function login(credentials: { email: string; password: string }): Promise<string> {
  const answer = await send("POST", "/v1/auth/login", undefined, { json: credentials }, false);
  if (answer instanceof Error || answer.status !== 200 || !isObject(answer.json) || typeof answer.json.access_token !== "string") {
    throw new Error(`signing in as ${credentials.email} failed: ${answer instanceof Error ? answer.message : `${answer.status} ${answer.text.slice(0, 200)}`}`);
  }
  return answer.json.access_token;
}

/** The first resource object of a document (a collection's first, or the single one). */
function firstRow(answer: Answer | Error): Record<string, unknown> | undefined {
  if (answer instanceof Error || answer.status < 200 || answer.status >= 300 || !isObject(answer.json)) return undefined;
  const data = answer.json.data;
  const row = Array.isArray(data) ? data[0] : data;
  return isObject(row) && typeof row.id === "string" ? row : undefined;
}

// ---------------------------------------------------------------------------------------------
// Rows to fill path parameters with.

/** A row of the demo data for each collection the covered pairs name (found through the API). */
async function demoRows(token: string): Promise<Map<string, Row>> {
  const rows = new Map<string, Row>();
  const remember = (collection: string, row: Record<string, unknown> | undefined) => {
    if (!row) return;
    const attributes = isObject(row.attributes) ? row.attributes : {};
    rows.set(collection, { id: row.id as string, ...(typeof attributes.identifier === "string" ? { identifier: attributes.identifier } : {}) });
  };
  remember("events", firstRow(await send("GET", `/v1/events/${DEMO_EVENT}`, token)) ?? firstRow(await send("GET", "/v1/events?page[size]=1", token)));
  remember("users", firstRow(await send("GET", "/v1/users/me", token)));
  const event = rows.get("events");
  const collections = new Set<string>();
  for (const pair of coveredPairs()) {
    const segments = pathSegments(pair.path);
    segments.forEach((segment, i) => isParam(segment) && collections.add(collectionOf(segments[i - 1])));
  }
  for (const collection of collections) {
    if (rows.has(collection) || !collection) continue;
    const candidates = [`/v1/${collection}?page[size]=1`, ...(event ? [`/v1/events/${event.id}/${collection}?page[size]=1`] : [])];
    if (collection === "event-sub-topics" && rows.get("event-topics")) candidates.push(`/v1/event-topics/${rows.get("event-topics")!.id}/event-sub-topics?page[size]=1`);
    for (const url of candidates) {
      const row = firstRow(await send("GET", url, token));
      if (row) {
        remember(collection, row);
        break;
      }
    }
  }
  // A task and an export file: an iCalendar export of the demo event (it changes no data).
  if (event) {
    const started = await send("GET", `/v1/events/${event.id}/export/ical`, token, undefined, false);
    const taskUrl = !(started instanceof Error) && isObject(started.json) && typeof started.json.task_url === "string" ? started.json.task_url : undefined;
    for (let i = 0; taskUrl && i < 40; i++) {
      const task = await send("GET", taskUrl, token, undefined, false);
      if (task instanceof Error || !isObject(task.json)) break;
      rows.set("tasks", { id: taskUrl.split("/").pop()! });
      const url = isObject(task.json.result) ? task.json.result.download_url : undefined;
      if (typeof url === "string") {
        rows.set("exports", { id: decodeURIComponent(new URL(url, base).pathname.split("/").pop()!) });
        break;
      }
      if (task.json.state === "FAILURE") break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  return rows;
}

const eventLinkage = (type: string, event: Row | undefined) =>
  event && "event" in (oesTypes()[type]?.relationships ?? {}) ? { relationships: { event: { data: { type: "event", id: event.id } } } } : {};

/**
 * Linkage to throw-away rows made before, for the to-one relationships OES declares on `type`
 * (`names`, or all but the event): a session in the probe's track, room and session type, as a
 * client creates one, so that `/v1/sessions/{id}/track` has a row to write to.
 */
function throwawayLinks(type: string, rows: ReadonlyMap<string, Row>, names?: readonly string[]): Record<string, { data: { type: string; id: string } }> {
  const links: Record<string, { data: { type: string; id: string } }> = {};
  for (const [name, member] of Object.entries(oesTypes()[type]?.relationships ?? {})) {
    if (member.many || name === "event" || (names && !names.includes(name))) continue;
    const row = [...rows.values()].find((candidate) => candidate.type === member.type);
    if (row) links[name] = { data: { type: member.type, id: row.id } };
  }
  return links;
}

/** The throw-away event (made by the organizer, so it is theirs) and a row of each THROWAWAY kind in it. */
async function throwawayRows(admin: string, organizer: string): Promise<Map<string, Row>> {
  const rows = new Map<string, Row>();
  const stamp = new Date().toISOString();
  const created = firstRow(
    await send("POST", "/v1/events", organizer, {
      json: { data: { type: "event", attributes: { ...sampleAttributes("event"), name: `OES probe ${stamp}`, "starts-at": "2031-01-01T09:00:00Z", "ends-at": "2031-01-02T18:00:00Z" } } },
    }),
  );
  if (!created) throw new Error("could not create the throw-away event");
  const event: Row = { id: created.id as string, identifier: (created.attributes as Record<string, unknown>).identifier as string, type: "event" };
  rows.set("events", event);
  for (const { collection, type, under } of THROWAWAY) {
    const parent = under ? rows.get(under) : undefined;
    if (under && !parent) continue;
    // Under the event's path the event is given by the URL; OES's `POST /v1/<plural>` names it.
    const links = throwawayLinks(type, rows);
    const nested = { json: { data: { type, attributes: sampleAttributes(type), ...(Object.keys(links).length ? { relationships: links } : {}) } } };
    const linked = { json: { data: { type, attributes: sampleAttributes(type), relationships: { ...links, ...eventLinkage(type, event).relationships } } } };
    const attempts: [string, Body][] = parent
      ? [[`/v1/${under}/${parent.id}/${collection}`, nested]]
      : [
          [`/v1/events/${event.id}/${collection}`, nested],
          [`/v1/${collection}`, linked],
        ];
    for (const [url, document] of attempts) {
      const row = firstRow(await send("POST", url, admin, document));
      if (row) {
        rows.set(collection, { id: row.id as string, type });
        break;
      }
    }
  }
  const eventLinks = throwawayLinks("event", rows, EVENT_LINKS);
  const linked = await send("PATCH", `/v1/events/${event.id}`, admin, { json: { data: { type: "event", id: event.id, relationships: eventLinks } } });
  if (!firstRow(linked)) console.warn(`Could not give the throw-away event its ${Object.keys(eventLinks).join(", ")}: ${linked instanceof Error ? linked.message : linked.text.slice(0, 300)}`);
  // The organizer's own role in the throw-away event.
  const role = firstRow(await send("GET", `/v1/events/${event.id}/users-events-roles?page[size]=1`, admin));
  if (role) rows.set("users-events-roles", { id: role.id as string, type: "users-events-roles" });
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Probing one pair.

/** The request body of a pair (undefined: none). */
async function bodyOf(planned: Planned, token: string, throwaway: Map<string, Row>): Promise<Body | undefined> {
  const { pair } = planned;
  if (pair.method === "GET") return undefined;
  if (BODIES[pair.key]) return BODIES[pair.key];
  if (pair.kind === "blueprint") return { json: {} };
  if (pair.kind === "relationship") return { json: { data: pair.relationship?.many ? [] : null } };
  if (pair.method === "DELETE") return undefined;
  const type = pair.type ?? "";
  if (pair.method === "POST") return { json: { data: { type, attributes: sampleAttributes(type), ...eventLinkage(type, throwaway.get("events")) } } };
  // PATCH of a detail: the id of the resource the URL answers (a reverse path such as
  // /v1/sessions/{id}/event answers the event), or the URL's last value.
  const read = firstRow(await send("GET", planned.url, token));
  const id = (read?.id as string | undefined) ?? decodeURIComponent(planned.url.split("/").pop()!);
  return { json: { data: { type, id, attributes: {} } } };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const stopApp = givenUrl ? undefined : await startApp();
  try {
    if (givenUrl) await waitFor(`${base}/api/health`, 10_000);
    const admin = await login(ADMIN);
    const organizer = await login(ORGANIZER);
    const demo = await demoRows(admin);
    const throwaway = await throwawayRows(admin, organizer);
    console.log(`Demo rows: ${[...demo].map(([collection, row]) => `${collection} ${row.id}`).join(", ")}`);
    console.log(`Throw-away rows (event ${throwaway.get("events")!.identifier}): ${[...throwaway].map(([collection, row]) => `${collection} ${row.id}`).join(", ")}`);

    const noRoute = new Map<string, string>();
    for (const method of ["GET", "POST", "PATCH", "DELETE", "PUT"]) {
      const answer = await send(method, `/v1/oes-probe-no-such-route/${MISSING.id}`, admin, method === "GET" || method === "DELETE" ? undefined : { json: {} });
      if (answer instanceof Error) throw answer;
      noRoute.set(method, signature(answer));
    }

    const pairs = [...coveredPairs()].sort((a, b) => order(a) - order(b));
    const results: Record<string, PairResult> = {};
    const deletedTypes = new Set<string>();
    let endingToken: string | undefined;
    for (const pair of pairs) {
      const planned = plan(pair, demo, throwaway, deletedTypes);
      let token = admin;
      if (ENDS_TOKENS.includes(pair.key)) token = endingToken ??= await login(ORGANIZER);
      const body = await bodyOf(planned, token, throwaway);
      const answer = await send(pair.method, planned.url, token, body, pair.kind !== "blueprint");
      // A write refused with 404 at a URL that reads (GET 200) is the route declining this
      // caller's write to this row (e.g. another user's notification), not a missing route.
      const readable = pair.method !== "GET" && !(answer instanceof Error) && answer.status === 404 && firstRow(await send("GET", planned.url, token)) !== undefined;
      results[pair.key] = { url: planned.url, ...judge(planned, answer, noRoute.get(pair.method)!, readable) };
      // A detail DELETE that succeeded removed the throw-away row of its type (whatever the
      // path, e.g. /v1/sessions/{id}/event removes the event): later requests naming it expect 404.
      if (pair.method === "DELETE" && pair.kind === "detail" && pair.type && !(answer instanceof Error) && answer.status < 300) {
        deletedTypes.add(pair.type);
        // Rows made under it went with it (a field's options).
        for (const { type, under } of THROWAWAY) if (under && throwaway.get(under)?.type === pair.type) deletedTypes.add(type);
      }
    }

    const measurement: Measurement = {
      measuredAt: new Date().toISOString(),
      app: givenUrl ? givenUrl : "the production build with the demo data (npm run oes:coverage)",
      pairs: Object.fromEntries(coveredPairs().map((pair) => [pair.key, results[pair.key]!])),
    };
    console.log(`\n${formatSummary(summarize(measurement), COVERAGE_TARGET)}\n`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${JSON.stringify(measurement, null, 1)}\n`);
    console.log(`Wrote ${path.relative(ROOT, out)}; \`npm run oes:matrix\` shows it in docs/oes-compatibility.md.`);
  } finally {
    await stopApp?.();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
