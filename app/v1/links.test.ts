import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import type { AnyResource } from "@/lib/jsonapi/resource";
import { resourceDocument } from "@/lib/jsonapi/serialize";
import { routeBinding } from "@/lib/related/routes";
import { declaredResources, ROOT, routes, type Route, type Segment } from "@/lib/testing/v1-routes";
import nextConfig from "@/next.config";

/**
 * Every link a /v1 document can carry must answer: a resource's `links.self` and, for each
 * declared relationship, `relationships.<name>.links.self` (`/v1/<path>/{id}/relationships/<name>`)
 * and `related` (`/v1/<path>/{id}/<name>`). The links are taken from the serializer itself, for
 * every resource declared anywhere in lib/ (and every resource their relationships reach), and
 * matched against the App Router's route files under app/v1 after next.config.ts's rewrites.
 */

const ID = "1";

/**
 * Links whose routes belong to code another change owns, as `/v1/<path>/{id}/…` templates.
 * Listed, not ignored: the last test fails once a route exists, so the entry is removed with the
 * work that adds it. Empty: every link answers.
 */
const PENDING_ELSEWHERE = new Set<string>([]);

/**
 * The links the serializer writes for one record of `resource` with id ID. The sparse fieldset
 * skips attribute getters (the record is only an id) and an admin sees every member.
 */
function emittedLinks(resource: AnyResource): string[] {
  const names = Object.entries(resource.relationships ?? {}).map(([key, def]) => def.name ?? key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
  const admin = { id: 1, email: "admin@example.com", isAdmin: true, isSuperAdmin: true };
  const { data } = resourceDocument(resource, { id: ID }, { actor: admin, fields: { [resource.type]: new Set(names) } });
  return [data.links.self, ...Object.values(data.relationships ?? {}).flatMap((rel) => [rel.links.self, rel.links.related])];
}

// ---------------------------------------------------------------------------------------------
// Routes: app/v1/**/route.ts as the App Router matches them.

function matches(segments: readonly Segment[], parts: readonly string[]): boolean {
  const [first, ...rest] = segments;
  if (!first) return parts.length === 0;
  if (first.kind === "catch-all") {
    for (let taken = first.optional ? 0 : 1; taken <= parts.length; taken++) if (matches(rest, parts.slice(taken))) return true;
    return false;
  }
  const [part, ...others] = parts;
  if (part === undefined) return false;
  if (first.kind === "static" && first.name !== part) return false;
  return matches(rest, others);
}

/** next.config.ts rewrites (`:name` parameters only; anything richer should extend this). */
async function rewrite(url: string): Promise<string> {
  const configured = (await nextConfig.rewrites?.()) ?? [];
  const rules = Array.isArray(configured)
    ? configured
    : [...(configured.beforeFiles ?? []), ...(configured.afterFiles ?? []), ...(configured.fallback ?? [])];
  for (const rule of rules) {
    // A conditional rewrite (the page cache's, on a header only the proxy sets) never applies to a link.
    if (rule.has || rule.missing) continue;
    if (/[*+?(]/.test(rule.source.replace(/:\w+/g, ""))) throw new Error(`Rewrite source not understood: ${rule.source}`);
    const names: string[] = [];
    const pattern = rule.source.replace(/[.]/g, "\\.").replace(/:(\w+)/g, (_: string, name: string) => (names.push(name), "([^/]+?)"));
    const match = new RegExp(`^${pattern}$`).exec(url);
    if (match) return names.reduce((target, name, index) => target.replace(`:${name}`, match[index + 1] ?? ""), rule.destination);
  }
  return url;
}

/** The route file answering GET for `url`, if any (static segments win over dynamic ones, as in Next.js). */
async function routeFor(url: string, all: readonly Route[]): Promise<Route | undefined> {
  const parts = (await rewrite(url)).split("/").filter(Boolean);
  // The /v1 catch-all answers only OES routes of features not offered here, never our links.
  const candidates = all.filter((route) => matches(route.segments, parts) && !route.segments.some((segment) => segment.kind === "catch-all"));
  const rank = (route: Route) => route.segments.map((segment) => (segment.kind === "static" ? "0" : segment.kind === "dynamic" ? "1" : "2")).join("");
  const best = candidates.sort((a, b) => rank(a).localeCompare(rank(b)))[0];
  return best && /\bGET\b/.test(readFileSync(path.join(ROOT, best.file), "utf8")) ? best : undefined;
}

const template = (url: string) => url.replaceAll(`/${ID}`, "/{id}");

async function missingRoutes(): Promise<string[]> {
  const all = routes(path.join(ROOT, "app"));
  const links = new Set((await declaredResources()).flatMap(emittedLinks));
  const missing: string[] = [];
  for (const link of links) if (!(await routeFor(link, all))) missing.push(template(link));
  return missing.sort();
}

describe("links in /v1 documents", () => {
  it("finds the declared resources and the existing routes", async () => {
    const types = (await declaredResources()).map((resource) => resource.type);
    expect(types).toEqual(expect.arrayContaining(["event", "session", "speaker", "track", "event-topic", "role-invite", "notification"]));
    const all = routes(path.join(ROOT, "app"));
    expect((await routeFor("/v1/sessions/1/speakers", all))?.file).toBe("app/v1/sessions/[id]/speakers/route.ts");
    expect((await routeFor("/v1/users/me", all))?.file).toBe("app/v1/users/me/route.ts");
    expect((await routeFor("/v1/users/1", all))?.file).toBe("app/v1/users/[id]/route.ts");
    expect((await routeFor("/v1/events/pycon.ics", all))?.file).toBe("app/v1/events/[id]/calendar.ics/route.ts");
    expect(await routeFor("/v1/sessions/1/nothing", all)).toBeUndefined();
  });

  it("has a route answering GET for every self, relationship and related link", async () => {
    expect((await missingRoutes()).filter((link) => !PENDING_ELSEWHERE.has(link))).toEqual([]);
  });

  it("binds each generic route file to the resource and relationship its path names", async () => {
    const generic = routes(path.join(ROOT, "app")).filter((route) =>
      readFileSync(path.join(ROOT, route.file), "utf8").includes("@/lib/related/routes"),
    );
    expect(generic.length).toBeGreaterThan(40);
    const wrong: string[] = [];
    for (const route of generic) {
      const { GET } = (await import(pathToFileURL(path.join(ROOT, route.file)).href)) as { GET?: unknown };
      const binding = routeBinding(GET);
      const served = binding
        ? `/${binding.resource.path}/[id]/${binding.endpoint === "relationship" ? "relationships/" : ""}${binding.name}`
        : "nothing";
      const file = `/${route.file.replace(/^app\/v1\//, "").replace(/\/route\.tsx?$/, "")}`;
      if (served !== file) wrong.push(`${route.file} serves ${served}`);
    }
    expect(wrong).toEqual([]);
  });

  it("lists as pending elsewhere only links that still have no route", async () => {
    const missing = new Set(await missingRoutes());
    expect([...PENDING_ELSEWHERE].filter((link) => !missing.has(link))).toEqual([]);
  });
});
