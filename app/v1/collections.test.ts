import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { request } from "@/lib/testing/api";
import { db } from "@/lib/db";
import { routeGet, routeParams, routeUrl, rowIds, seedEveryResource, v1CollectionRoutes } from "@/lib/testing/v1-routes";

/**
 * Every collection route under app/v1 — a route file whose last segment is not a `[param]` —
 * answers GET without a server error, to anonymous callers and to an admin, on the seeded demo
 * data. Route files are discovered by walking the folder, so a new route is covered without
 * being listed here; handlers get exactly the context Next.js gives them (no `params` at all on
 * a route without dynamic segments, which is how `/v1/event-types` once answered 500).
 */

const collections = v1CollectionRoutes();

let ids: ReadonlyMap<string, string>;
let adminToken: string;

beforeAll(async () => {
  const every = await seedEveryResource();
  ids = every.ids;
  adminToken = await signApiToken(every.admin);
}, 120_000);

async function getAll(token?: string): Promise<{ url: string; status: number; body: string }[]> {
  const answers: { url: string; status: number; body: string }[] = [];
  for (const route of collections) {
    const GET = await routeGet(route);
    const url = routeUrl(route, rowIds(route, ids));
    const response = await GET(request("GET", url, { token }), routeParams(route, rowIds(route, ids)));
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
