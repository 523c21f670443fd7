import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { appFacts } from "@/lib/testing/oes-app-facts";
import { ROOT, type Segment } from "@/lib/testing/v1-routes";
import { IN_SCOPE_GROUPS, PLANNED_GROUPS } from "./compat";
import type { Measurement } from "./coverage";
import { DECLARED, memberRows, problems, renderMatrix, routeFor, routeRows, type AppFacts, type Compat, type OurRoute } from "./matrix";
import { oesPairs } from "./reference";

/**
 * The compatibility matrix agrees with the app, and docs/oes-compatibility.md is what the
 * generator writes today (`npm run oes:matrix` runs this file with --update to rewrite it).
 */

const DOC = path.join(ROOT, "docs", "oes-compatibility.md");
const MEASUREMENT = path.join(ROOT, "docs", "oes-coverage.json");

let facts: AppFacts;
const measurement = existsSync(MEASUREMENT) ? (JSON.parse(readFileSync(MEASUREMENT, "utf8")) as Measurement) : undefined;

beforeAll(async () => {
  facts = await appFacts();
}, 120_000);

describe("the compatibility matrix against the app", () => {
  it("has no entry in lib/oes/compat.ts that contradicts the app or names what OES lacks", () => {
    expect(problems(facts, measurement)).toEqual([]);
  });

  it("covers the 28 groups in scope and the planned one with the pair counts of lib/oes/NOTES.md", () => {
    const rows = routeRows(facts);
    const count = (groups: readonly string[]) => rows.filter((row) => groups.includes(row.pair.group)).length;
    expect([IN_SCOPE_GROUPS.length, count(IN_SCOPE_GROUPS), count(Object.keys(PLANNED_GROUPS))]).toEqual([28, 854, 163]);
    expect(oesPairs().length).toBe(1658);
  });

  it("derives served routes from the route files: GET /v1/events/{event_id}/sessions is served by events/[id]/sessions, /v1/events/upcoming by events/upcoming", () => {
    const byKey = new Map(routeRows(facts).map((row) => [row.pair.key, row]));
    expect(byKey.get("GET /v1/events/{event_id}/sessions")).toMatchObject({ status: "served", by: "app/v1/events/[id]/sessions/route.ts" });
    expect(byKey.get("GET /v1/events/{event_identifier}/sessions")).toMatchObject({ status: "served", by: "app/v1/events/[id]/sessions/route.ts" });
    expect(byKey.get("GET /v1/events/upcoming")).toMatchObject({ status: "deviates", by: "app/v1/events/upcoming/route.ts" });
    expect(byKey.get("POST /v1/events/upcoming")).toMatchObject({ status: "served", by: "app/v1/events/upcoming/route.ts" });
    expect(byKey.get("POST /v1/sessions/{id}/notify")?.by).toBeUndefined();
    expect(byKey.get("GET /v1/orders/{order_identifier}/event")).toMatchObject({ status: "not-offered" });
    expect(byKey.get("GET /v1/events/{id}/relationships/orders")).toMatchObject({ status: "not-offered" });
  });

  it("derives attribute statuses from the declarations and the body parser", () => {
    const byName = new Map(memberRows(facts).map((row) => [`${row.type} ${row.kind} ${row.name}`, row]));
    expect(byName.get("session attribute title")).toMatchObject({ status: "stored", here: "read-write" });
    expect(byName.get("event attribute identifier")).toMatchObject({ status: "stored", here: "read-only" });
    expect(byName.get("session relationship speakers")).toMatchObject({ status: "served" });
    expect(byName.get("event relationship orders")).toMatchObject({ status: "not-offered" });
  });

  it("docs/oes-compatibility.md is up to date (npm run oes:matrix rewrites it)", async () => {
    await expect(renderMatrix(facts, measurement)).toMatchFileSnapshot(DOC);
  });
});

describe("what the matrix test catches", () => {
  const route = (file: string, ...names: string[]): OurRoute => ({
    file,
    segments: names.map((name): Segment => (name.startsWith("[") ? { kind: "dynamic", name: name.slice(1, -1) } : { kind: "static", name })),
    methods: new Set(["GET", "DELETE"]),
  });
  const withCompat = (change: Partial<Compat>): Compat => ({ ...DECLARED, ...change });

  it("matches a literal OES segment only to the same literal, and prefers the literal route", () => {
    const routes = [route("a", "v1", "events", "[id]"), route("b", "v1", "events", "import", "json"), route("c", "v1", "events", "[id]", "sessions")];
    expect(routeFor("/v1/events/upcoming", routes)).toBeUndefined();
    expect(routeFor("/v1/events/{event_identifier}", routes)?.file).toBe("a");
    expect(routeFor("/v1/events/import/json", routes)?.file).toBe("b");
    expect(routeFor("/v1/events/{event_id}/sessions", routes)?.file).toBe("c");
    expect(routeFor("/v1/events/{event_id}/speakers", routes)).toBeUndefined();
  });

  it("an attribute marked stored that our declaration lacks", () => {
    const compat = withCompat({ attributes: { session: { "is-mail-sent": { status: "stored", reason: "pretend" } } } });
    expect(problems(facts, undefined, compat)).toEqual([
      'compat.ts ATTRIBUTES: session.is-mail-sent is marked stored, but our "session" declaration has no such attribute',
    ]);
  });

  it("an attribute marked ignored on write that the body parser refuses, and one marked ignored that we store", () => {
    const compat = withCompat({ attributes: { session: { "is-mail-sent": { status: "ignored", reason: "pretend" }, title: { status: "ignored", reason: "pretend" } } } });
    const accepts = facts.acceptsUndeclared("session", "is-mail-sent");
    expect(problems(facts, undefined, compat)).toEqual([
      ...(accepts ? [] : ["compat.ts ATTRIBUTES: session.is-mail-sent is marked ignored on write, but the body parser refuses it (422)"]),
      'compat.ts ATTRIBUTES: session.title is marked ignored, but our "session" declaration has it: it is stored',
    ]);
  });

  it("a route marked served or deviating that no route file answers, and a pair OES does not have", () => {
    const compat = withCompat({
      routes: {
        "POST /v1/sessions/{id}/notify": { status: "served" },
        "PATCH /v1/tasks/{task_id}": { status: "deviates", reason: "pretend" },
        "GET /v1/no-such-route": { status: "served" },
      },
    });
    expect(problems(facts, undefined, compat)).toEqual([
      'compat.ts ROUTES: "POST /v1/sessions/{id}/notify" is marked served, but no route file at that path exports POST',
      'compat.ts ROUTES: "PATCH /v1/tasks/{task_id}" is not an OES route pair (see lib/oes/data/routes.json)',
      'compat.ts ROUTES: "GET /v1/no-such-route" is not an OES route pair (see lib/oes/data/routes.json)',
    ]);
  });

  it("a feature segment no OES route names, and a measurement of a pair that is not covered", () => {
    const compat = withCompat({ features: [...DECLARED.features, { segments: ["no-such-thing"], status: "not-offered", reason: "pretend" }] });
    expect(problems(facts, { pairs: { "GET /v1/orders": { url: "/v1/orders", status: 404, answered: false } } }, compat)).toEqual([
      'compat.ts FEATURES: no covered OES route or relationship names "no-such-thing"',
      'measurement: "GET /v1/orders" is not a covered OES pair; run npm run oes:coverage again',
    ]);
  });
});
