import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { request } from "@/lib/content/test-helpers";
import { db } from "@/lib/db";
import { declaredResources, ROOT, routeParams, routeUrl, v1Routes, type Route } from "@/lib/testing/v1-routes";
import { seed } from "@/prisma/seed";

/**
 * Every collection route under app/v1 — a route file whose last segment is not a `[param]` —
 * answers GET without a server error, to anonymous callers and to an admin, on the seeded demo
 * data. Route files are discovered by walking the folder, so a new route is covered without
 * being listed here; handlers get exactly the context Next.js gives them (no `params` at all on
 * a route without dynamic segments, which is how `/v1/event-types` once answered 500).
 */

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const collections = v1Routes().filter((route) => {
  const last = route.segments.at(-1);
  return last?.kind === "static" && /export\s+(const\s+\{[^}]*\bGET\b|(async\s+)?function\s+GET\b|const\s+GET\b)/.test(readFileSync(path.join(ROOT, route.file), "utf8"));
});

/** The id of a row of each resource path (`events` → the demo event's id), for the dynamic segments. */
const ids = new Map<string, string>();
let adminToken: string;

beforeAll(async () => {
  await seed();
  const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@example.com" } });
  const event = await db.event.findUniqueOrThrow({ where: { identifier: "ots2027" } });
  adminToken = await signApiToken(admin);
  // Rows the demo data has none of, so that every collection has something to list.
  const role = await db.role.findUniqueOrThrow({ where: { name: "coorganizer" } });
  await db.roleInvite.create({ data: { email: "invited@example.com", eventId: event.id, roleId: role.id, hash: "collections-test-invite" } });
  await db.notification.create({ data: { userId: admin.id, title: "Hello", message: "A notification", action: "test" } });
  const task = await db.task.create({ data: { name: "import-event", payload: {}, state: "SUCCESS", userId: admin.id, eventId: event.id } });
  await db.importJob.create({ data: { taskId: task.id, userId: admin.id, eventId: event.id } });

  for (const resource of await declaredResources()) {
    if (ids.has(resource.path)) continue;
    const delegate = (db as unknown as Record<string, { findFirst?: (args: object) => Promise<{ id: unknown } | null> }>)[
      resource.model.charAt(0).toLowerCase() + resource.model.slice(1)
    ];
    const row = await delegate?.findFirst?.({ orderBy: { id: "asc" }, select: { id: true } });
    if (row) ids.set(resource.path, String(row.id));
  }
  ids.set("events", String(event.id));
}, 120_000);

function valueFor(route: Route) {
  return (name: string, parent: string | undefined) => {
    const id = parent === undefined ? undefined : ids.get(parent);
    if (id === undefined) throw new Error(`${route.file}: no row for [${name}] under "${parent}"; teach app/v1/collections.test.ts one`);
    return id;
  };
}

async function getAll(token?: string): Promise<{ url: string; status: number; body: string }[]> {
  const answers: { url: string; status: number; body: string }[] = [];
  for (const route of collections) {
    const { GET } = (await import(pathToFileURL(path.join(ROOT, route.file)).href)) as { GET: Handler };
    const url = routeUrl(route, valueFor(route));
    const response = await GET(request("GET", url, { token }), routeParams(route, valueFor(route)));
    answers.push({ url, status: response.status, body: await response.text() });
  }
  return answers;
}

describe("GET on every collection route under app/v1", () => {
  it("discovers the collection routes", () => {
    const files = collections.map((route) => route.file);
    expect(files.length).toBeGreaterThan(50);
    expect(files).toEqual(
      expect.arrayContaining([
        "app/v1/event-types/route.ts",
        "app/v1/event-topics/route.ts",
        "app/v1/event-topics/[id]/event-sub-topics/route.ts",
        "app/v1/events/route.ts",
        "app/v1/events/[id]/sessions/route.ts",
        "app/v1/users/[id]/notifications/route.ts",
      ]),
    );
    expect(files).not.toContain("app/v1/events/[id]/route.ts");
  });

  for (const [who, token] of [
    ["anonymous callers", () => undefined],
    ["an admin", () => adminToken],
  ] as const) {
    it(`answers ${who} without a server error`, async () => {
      const answers = await getAll(token());
      expect(answers.filter((answer) => answer.status >= 500).map((answer) => `${answer.status} ${answer.url} ${answer.body.slice(0, 200)}`)).toEqual([]);
      // The top-level taxonomy lists (their handlers are shared with routes that have a parent).
      for (const url of ["/v1/event-types", "/v1/event-topics"]) {
        const answer = answers.find((item) => item.url === url);
        expect(answer?.status).toBe(200);
        const count = url === "/v1/event-types" ? await db.eventType.count({ where: { deletedAt: null } }) : await db.eventTopic.count({ where: { deletedAt: null } });
        expect(count).toBeGreaterThan(0);
        expect((JSON.parse(answer?.body ?? "{}") as { meta?: { count?: number } }).meta?.count).toBe(count);
      }
    });
  }
});
