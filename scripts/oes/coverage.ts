/**
 * `npm run oes:coverage [-- --url <base>] [-- --port <n>] [-- --out <file>]`: sends every Open
 * Event Server path × method pair of the covered groups (lib/oes/compat.ts) to a running app and
 * counts the ones it answers, per group, in total for the groups in scope, and per resource for
 * create/read/update/delete. Without --url it starts the production build (`.next`, built first
 * when missing) on a throw-away PostgreSQL with the demo data, as the bench does. The results
 * go to docs/oes-coverage.json, which `npm run oes:matrix` shows beside the declared statuses.
 *
 * Requests. Signed in as the demo admin (every request) after the demo organizer has created a
 * throw-away event ("OES probe …") with one row of each kind it can create. Path parameters are
 * filled by the segment before them (`/v1/sessions/{id}`, `/v1/events/{event_id}` → a session, an
 * event; `{…identifier}` → the event's identifier):
 * - GET: a row of the demo data (found through the API); a stand-in that names no row when the
 *   app has none of that kind (`2147483647`, `oes-probe-missing`).
 * - POST, PATCH, DELETE: a throw-away row, so the demo data is never changed. Where there is no
 *   throw-away row of the kind, a PATCH of a detail sends no attributes to a demo row (a write
 *   that changes nothing), and every other write gets the stand-in.
 * Bodies: POST to a list, `{data: {type, attributes: <OES's required attributes>, relationships:
 * {event}}}`; PATCH of a detail, `{data: {type, id, attributes: {}}}` with the id a GET of the same
 * URL answered; relationship writes, `{data: []}` or `{data: null}`; the non-JSON:API routes (auth,
 * upload, import, export) the bodies in BODIES. DELETEs run last, the events group's last of all,
 * and the auth group's writes after everything (logout and blacklist at the very end).
 *
 * Answered: the response is a JSON:API document (an object with `data`, `errors` or `meta`; for
 * OES's non-JSON:API "blueprint" routes any JSON object; for ANY_BODY routes any body; a 204 needs
 * none), its status is not 405, 501 or 5xx, it is not the answer a path no route serves gets
 * (probed first, per method: Next's HTML not-found page), and it is not a 404 unless the request
 * named a row that does not exist (a stand-in, or a throw-away row already deleted) or is a write
 * refused at a URL whose GET answers 200 (the route declines this caller's write to this row): any
 * other 404 for an existing row means the pair is not served, e.g. `/v1/events/upcoming` read by
 * `/v1/events/[id]` as an event id.
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
import { isParam, oesTypes, pathSegments, type OesPair } from "../../lib/oes/reference";

const ROOT = path.resolve(import.meta.dirname, "../..");

// ---------------------------------------------------------------------------------------------
// Data: what the probe sends where the generic rules do not fit. Update when routes land.

const ADMIN = { email: "admin@example.com", password: "open-event-dev" };
const ORGANIZER = { email: "organizer@example.com", password: "open-event-dev" };
const DEMO_EVENT = "ots2027";

/** Values that name no row. */
const MISSING = { id: "2147483647", identifier: "oes-probe-missing", uuid: "00000000-0000-4000-8000-000000000000", file: "oes-probe-missing.ics" };

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

/** Pairs whose documented answer is a file of any type. */
const ANY_BODY = new Set(["GET /v1/events/{event_id}/exports/{path}"]);

/** Auth writes that may end a token: sent last, with a token of their own. */
const ENDS_TOKENS = ["POST /v1/auth/blacklist", "POST /v1/auth/logout"];

/** Segment before a parameter → the collection its value is a row of, where the two differ. */
const COLLECTION_OF: Record<string, string> = { room: "microlocations", "virtual-room": "video-streams", group: "groups" };

/** Attribute values a POST needs beyond "a string", by member name (and by type where one name differs per type). */
const SAMPLE_BY_NAME: Record<string, unknown> = {
  color: "#336699",
  length: "00:30",
  timezone: "UTC",
  form: "speaker",
  "field-identifier": "oesProbe",
  password: "oes-probe-password",
  "role-name": "coorganizer",
};
const SAMPLE_BY_TYPE: Record<string, Record<string, unknown>> = { ticket: { type: "free" }, "role-invite": { "role-name": "coorganizer" } };

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
];

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

interface Answer {
  status: number;
  contentType: string;
  text: string;
  json: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

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

interface Row {
  id: string;
  identifier?: string;
  /** Throw-away rows: the JSON:API type, so that deleting it through any path is noticed. */
  type?: string;
}

/** `{name}` after `segment` → the collection it names a row of. */
const collectionOf = (segment: string | undefined) => (segment ? (COLLECTION_OF[segment] ?? segment) : "");

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

/** Sample attributes of a new resource of an OES type: the ones its schema requires. */
function sampleAttributes(type: string): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(oesTypes()[type]?.attributes ?? {})) {
    if (!member.required || member.dumpOnly) continue;
    if (name in SAMPLE_BY_NAME) attributes[name] = SAMPLE_BY_NAME[name];
    else if (/Email/.test(member.type)) attributes[name] = `oes-probe+${type}@example.com`;
    else if (member.type === "Url") attributes[name] = "https://example.com/oes-probe";
    else if (member.type === "DateTime") attributes[name] = /end/.test(name) ? "2031-01-01T11:00:00Z" : "2031-01-01T10:00:00Z";
    else if (member.type === "Integer" || member.type === "Float" || member.type === "Decimal") attributes[name] = 1;
    else if (member.type === "Boolean") attributes[name] = false;
    else attributes[name] = `OES probe ${type}`;
  }
  return { ...attributes, ...SAMPLE_BY_TYPE[type] };
}

const eventLinkage = (type: string, event: Row | undefined) =>
  event && "event" in (oesTypes()[type]?.relationships ?? {}) ? { relationships: { event: { data: { type: "event", id: event.id } } } } : {};

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
    const nested = { json: { data: { type, attributes: sampleAttributes(type) } } };
    const linked = { json: { data: { type, attributes: sampleAttributes(type), ...eventLinkage(type, event) } } };
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
  // The organizer's own role in the throw-away event.
  const role = firstRow(await send("GET", `/v1/events/${event.id}/users-events-roles?page[size]=1`, admin));
  if (role) rows.set("users-events-roles", { id: role.id as string, type: "users-events-roles" });
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Probing one pair.

interface Planned {
  pair: OesPair;
  url: string;
  /** Whether the URL names a row that does not exist, so that a 404 is the right answer. */
  namesMissingRow: boolean;
}

const isWrite = (pair: OesPair) => pair.method !== "GET";

/** The URL of a pair, each parameter filled by the rules at the top of this file. */
function plan(pair: OesPair, demo: Map<string, Row>, throwaway: Map<string, Row>, deletedTypes: Set<string>): Planned {
  const segments = pathSegments(pair.path);
  let namesMissingRow = false;
  const parts = segments.map((segment, i) => {
    if (!isParam(segment)) return segment;
    const name = segment.slice(1, -1);
    const collection = collectionOf(segments[i - 1]);
    if (collection === "import") return "json";
    const keepDemo = pair.method === "PATCH" && pair.kind === "detail" && i === segments.length - 1;
    const row = isWrite(pair) ? (throwaway.get(collection) ?? (keepDemo ? demo.get(collection) : undefined)) : demo.get(collection);
    const identifier = /identifier/.test(name);
    let value: string | undefined = row ? (identifier ? row.identifier : row.id) : undefined;
    if (value === undefined) {
      namesMissingRow = true;
      value = collection === "tasks" ? MISSING.uuid : collection === "exports" ? MISSING.file : identifier || name === "provider" ? MISSING.identifier : MISSING.id;
    } else if (row?.type && deletedTypes.has(row.type)) {
      namesMissingRow = true;
    }
    return encodeURIComponent(value);
  });
  return { pair, url: `/${parts.join("/")}`, namesMissingRow };
}

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

type Signature = string;
const signature = (answer: Answer) => `${answer.status} ${answer.contentType} ${isObject(answer.json) && Array.isArray(answer.json.errors) ? JSON.stringify(answer.json.errors[0]) : answer.json === undefined ? "" : "json"}`;

function judge(planned: Planned, answer: Answer | Error, noRoute: Signature, readable: boolean): Omit<PairResult, "url"> {
  if (answer instanceof Error) return { status: 0, answered: false, why: `no answer: ${answer.message}` };
  const result = (answered: boolean, why?: string) => ({ status: answer.status, answered, ...(why ? { why } : {}) });
  if (answer.status >= 500) return result(false, "server error");
  if (answer.status === 405 || answer.status === 501) return result(false, "method not served");
  if (signature(answer) === noRoute) return result(false, "no route");
  if (answer.status === 404 && !planned.namesMissingRow && !readable) return result(false, "404 for an existing row or a literal path");
  if (answer.status === 204 || ANY_BODY.has(planned.pair.key)) return result(true);
  if (!isObject(answer.json)) return result(false, answer.contentType ? `not JSON (${answer.contentType})` : "empty body");
  if (planned.pair.kind === "blueprint") return result(true);
  const json = answer.json;
  return "data" in json || "errors" in json || "meta" in json ? result(true) : result(false, "not a JSON:API document");
}

/** Order of execution: reads, then creates and updates, then deletes (the events group's last), then auth writes. */
function order(pair: OesPair): number {
  if (pair.group === "auth" && pair.method !== "GET") return ENDS_TOKENS.includes(pair.key) ? 6 : 5;
  if (pair.method === "GET") return 0;
  if (pair.method !== "DELETE") return 1;
  if (pair.kind === "relationship") return 2;
  return pair.group === "events" ? 4 : 3;
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

    const noRoute = new Map<string, Signature>();
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
      if (pair.method === "DELETE" && pair.kind === "detail" && pair.type && !(answer instanceof Error) && answer.status < 300) deletedTypes.add(pair.type);
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
