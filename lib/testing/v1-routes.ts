import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { resources } from "../api/resources";
import { db } from "../db";
import type { AnyResource } from "../jsonapi/resource";
import type { User } from "../generated/prisma/client";
import { createCustomForm } from "../../prisma/factories";
import { seed } from "../../prisma/seed";

/**
 * What tests that cover every /v1 route discover for themselves (imported by *.test.ts only), so
 * a new resource or route file is covered without being listed: the JSON:API resources declared
 * under lib/ and the App Router's route files under app/.
 */

export const ROOT = path.resolve(import.meta.dirname, "../..");

// ---------------------------------------------------------------------------------------------
// Resources: the app's list (lib/api/resources.ts), and every declaration found under lib/.

/** Every resource of the app, as lib/api/resources.ts registers them. */
export async function declaredResources(): Promise<AnyResource[]> {
  return [...resources];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" || entry.name === "__fixtures__" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const isResource = (value: unknown): value is AnyResource =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as AnyResource).type === "string" &&
  typeof (value as AnyResource).path === "string" &&
  typeof (value as AnyResource).attributes === "object";

/**
 * Every resource declaration exported by a module under lib/ (test fixtures aside), found by
 * reading the files rather than the list, so that a test can tell a declaration missing from it.
 */
export async function resourcesDeclaredUnderLib(): Promise<AnyResource[]> {
  const files = sourceFiles(path.join(ROOT, "lib")).filter((file) => /\bdefine\w*Resource\s*[<(]/.test(readFileSync(file, "utf8")));
  const found = new Set<AnyResource>();
  for (const file of files) {
    if (file.endsWith(path.join("jsonapi", "resource.ts"))) continue;
    const exports = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    for (const value of Object.values(exports)) if (isResource(value)) found.add(value);
  }
  return [...found];
}

// ---------------------------------------------------------------------------------------------
// Routes: app/**/route.ts as the App Router matches them.

export type Segment = { kind: "static"; name: string } | { kind: "dynamic"; name: string } | { kind: "catch-all"; optional: boolean };

export interface Route {
  /** Relative to the repository, e.g. `app/v1/events/[id]/sessions/route.ts`. */
  file: string;
  segments: Segment[];
}

export function routes(dir: string, prefix: Segment[] = []): Route[] {
  const found: Route[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isFile() && /^route\.(ts|tsx|js)$/.test(entry.name)) found.push({ file: path.relative(ROOT, full), segments: prefix });
    if (!entry.isDirectory() || entry.name.startsWith("_") || entry.name.startsWith("@")) continue; // private folders, slots
    const name = entry.name;
    let segment: Segment | undefined;
    if (/^\(.*\)$/.test(name)) segment = undefined; // route group: no URL segment
    else if (/^\[\[\.\.\..+\]\]$/.test(name)) segment = { kind: "catch-all", optional: true };
    else if (/^\[\.\.\..+\]$/.test(name)) segment = { kind: "catch-all", optional: false };
    else if (/^\[.+\]$/.test(name)) segment = { kind: "dynamic", name: name.slice(1, -1) };
    else segment = { kind: "static", name };
    found.push(...routes(full, segment ? [...prefix, segment] : prefix));
  }
  return found;
}

/** The route files under app/v1. */
export const v1Routes = (): Route[] => routes(path.join(ROOT, "app", "v1"), [{ kind: "static", name: "v1" }]);

/** A route module's GET as Next.js calls it. */
export type GetHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** The collection routes under app/v1: route files whose last segment is not a `[param]` and that export GET. */
export function v1CollectionRoutes(): Route[] {
  return v1Routes().filter((route) => {
    const last = route.segments.at(-1);
    return last?.kind === "static" && /export\s+(const\s+\{[^}]*\bGET\b|(async\s+)?function\s+GET\b|const\s+GET\b)/.test(readFileSync(path.join(ROOT, route.file), "utf8"));
  });
}

/** The GET handler of a route file. */
export async function routeGet(route: Route): Promise<GetHandler> {
  return ((await import(pathToFileURL(path.join(ROOT, route.file)).href)) as { GET: GetHandler }).GET;
}

/**
 * What fills a catch-all segment: the /v1 catch-all answers OES routes of features not offered
 * here, and `groups` is the one Open Event's frontend requests on every page.
 */
export const CATCH_ALL_SAMPLE = "groups";

/** A route's URL with each dynamic segment filled in by `value(name, preceding static segment)`. */
export function routeUrl(route: Route, value: (name: string, parent: string | undefined) => string): string {
  let parent: string | undefined;
  const parts = route.segments.map((segment) => {
    if (segment.kind === "static") return (parent = segment.name);
    if (segment.kind === "dynamic") return encodeURIComponent(value(segment.name, parent));
    return CATCH_ALL_SAMPLE;
  });
  return `/${parts.join("/")}`;
}

/** The params object Next.js hands a route's handlers: `undefined` for a route without dynamic segments. */
export function routeParams(route: Route, value: (name: string, parent: string | undefined) => string): { params: Promise<Record<string, string>> } {
  let parent: string | undefined;
  const params: Record<string, string> = {};
  for (const segment of route.segments) {
    if (segment.kind === "static") parent = segment.name;
    else if (segment.kind === "dynamic") params[segment.name] = value(segment.name, parent);
    else params.path = [CATCH_ALL_SAMPLE] as unknown as string;
  }
  // Exactly what Next.js passes (see node_modules/next/dist/server/route-modules/app-route/module.js).
  return { params: (Object.keys(params).length ? Promise.resolve(params) : undefined) as Promise<Record<string, string>> };
}

// ---------------------------------------------------------------------------------------------
// Data: the seeded demo event plus a row of every resource the demo data has none of.

export interface EveryResource {
  /** The id of one row per resource path (`events` → the demo event), for dynamic segments. */
  ids: Map<string, string>;
  admin: User;
  /** Owner of the demo event. */
  organizer: User;
}

/** Seeds the demo data and a role invite, a notification and an import job, and finds a row of every resource. */
export async function seedEveryResource(): Promise<EveryResource> {
  await seed();
  const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@example.com" } });
  const organizer = await db.user.findUniqueOrThrow({ where: { email: "organizer@example.com" } });
  const event = await db.event.findUniqueOrThrow({ where: { identifier: "ots2027" } });
  const role = await db.role.findUniqueOrThrow({ where: { name: "coorganizer" } });
  await db.roleInvite.create({ data: { email: "invited@example.com", eventId: event.id, roleId: role.id, hash: "every-resource-invite" } });
  await db.notification.create({ data: { userId: admin.id, title: "Hello", message: "A notification", action: "test" } });
  const task = await db.task.create({ data: { name: "import-event", payload: {}, state: "SUCCESS", userId: admin.id, eventId: event.id } });
  await db.importJob.create({ data: { taskId: task.id, userId: admin.id, eventId: event.id } });
  // The demo event has its call for speakers already.
  await createCustomForm({ event, options: ["A"] });

  const ids = new Map<string, string>([["events", String(event.id)]]);
  const delegates = db as unknown as Record<string, { findFirst?: (args: object) => Promise<{ id: unknown } | null> } | undefined>;
  for (const resource of await declaredResources()) {
    if (ids.has(resource.path)) continue;
    const delegate = delegates[resource.model.charAt(0).toLowerCase() + resource.model.slice(1)];
    const row = await delegate?.findFirst?.({ orderBy: { id: "asc" }, select: { id: true } });
    if (row) ids.set(resource.path, String(row.id));
  }
  // Dynamic segments that name no resource: a starred session, an export file, a feed token.
  ids.set("starred-sessions", ids.get("sessions") ?? "1");
  ids.set("exports", "schedule.ics");
  ids.set("calendar", "no-such-token.ics");
  return { ids, admin, organizer };
}

/** A value for each dynamic segment: the id of a row of the resource the segment follows. */
export function rowIds(route: Route, ids: ReadonlyMap<string, string>) {
  return (name: string, parent: string | undefined): string => {
    const id = parent === undefined ? undefined : ids.get(parent);
    if (id === undefined) throw new Error(`${route.file}: no row for [${name}] under "${parent}"; add one to seedEveryResource`);
    return id;
  };
}
