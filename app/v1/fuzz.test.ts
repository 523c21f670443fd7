import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { db } from "@/lib/db";
import { refuseMethod } from "@/lib/http/methods";
import type { AnyResource } from "@/lib/jsonapi/resource";
import { declaredResources, ROOT, routeParams, routeUrl, rowIds, seedEveryResource, v1Routes, type Route } from "@/lib/testing/v1-routes";

/**
 * Malformed requests against the real /v1 route handlers (every route file under app/v1,
 * discovered from the folder): bad JSON, wrong types, huge and unicode strings, NUL characters,
 * bad page/filter/sort/include/fields, ids that can name no row, odd methods — anonymous and as
 * the demo event's organizer or an admin. None may answer 5xx, every error must be a JSON:API
 * error document, and no row of the main tables may appear, vanish or change. The generator is
 * seeded, so a failure names a request that fails the same way on every run.
 */

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
const METHODS: readonly Method[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

interface Case {
  label: string;
  route: Route;
  handler: Handler;
  method: string;
  url: string;
  query?: string;
  params: Record<string, string> | undefined;
  body?: string;
  contentType?: string;
  actor: "anonymous" | "organizer" | "admin";
}

// ---------------------------------------------------------------------------------------------
// A seeded generator (mulberry32): the same requests on every run.

function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const some = <T>(list: readonly T[], count: number): T[] => {
    const pool = [...list];
    const out: T[] = [];
    while (out.length < count && pool.length) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0] as T);
    return out;
  };
  return { next, pick, some };
}

const random = generator(0x5eed_2027);

// ---------------------------------------------------------------------------------------------
// The vocabulary of bad input.

/** Path ids that can name no row (`%00` arrives both encoded and decoded, depending on the client). */
const BAD_IDS = ["2147483648", "-1", "1e3", "abc", "%00", "\u0000", "0", "99999999999999999999", "1.5", "0x10", " 1", "１", "💥", "x".repeat(3000), "' OR 1=1 --", "../../etc/passwd"];

const STRINGS = [
  "",
  " ",
  "\u0000",
  "before\u0000after",
  "x".repeat(100_000),
  "🎤".repeat(2000),
  "\u202e\u0645\u0631\u062d\u0628\u0627",
  "e\u0301\u0301\u0301",
  "\ud800",
  "<script>alert(1)</script>",
  "Robert'); DROP TABLE \"Session\";--",
  "%",
  "\\",
  "2147483648",
];
const VALUES: unknown[] = [...STRINGS, null, true, false, 0, -1, 1.5, 2_147_483_648, 1e308, -1e308, [], {}, [null], { "\u0000": 1 }, [[[[[]]]]]];

const QUERIES = [
  "page[size]=0",
  "page[size]=-1",
  "page[size]=abc",
  "page[size]=1e3",
  "page[size]=101",
  "page[size]=2147483648",
  "page[number]=0",
  "page[number]=99999999999",
  "page[number]=2147483647&page[size]=100",
  "page[number]=abc",
  "page[x]=1",
  "sort=nope",
  "sort=-",
  "sort=,,",
  "sort=%00",
  "sort=title%00",
  "include=nope",
  "include=a.b.c",
  "include=%00",
  "include=speakers.sessions.speakers",
  "fields[nope]=x",
  "fields[session]=%00",
  "fields=x",
  "filter=",
  "filter=%00",
  "filter={",
  "filter={}",
  "filter=[]",
  "filter=[1]",
  "filter=[null]",
  'filter=[{"name":"title"}]',
  'filter=[{"name":"title","op":"eq","val":null}]',
  'filter=[{"name":"name","op":"eq","val":null}]',
  'filter=[{"name":"state","op":"ne","val":null}]',
  'filter=[{"name":"title","op":"eq","val":"\\u0000"}]',
  'filter=[{"name":"name","op":"ilike","val":"%\\u0000%"}]',
  'filter=[{"name":"title","op":"in_","val":[1,{},null]}]',
  'filter=[{"name":"starts-at","op":"gt","val":"not a date"}]',
  'filter=[{"name":"starts-at","op":"gt","val":"+275760-09-13T00:00:00.000Z"}]',
  'filter=[{"name":"id","op":"eq","val":2147483648}]',
  'filter=[{"name":"position","op":"eq","val":2147483648}]',
  'filter=[{"name":"event","op":"has","val":{"name":"id","op":"eq","val":"abc"}}]',
  'filter=[{"name":"speakers","op":"any","val":{"name":"name","op":"eq","val":null}}]',
  `filter=${"[".repeat(40)}${"]".repeat(40)}`,
  `filter=[${Array.from({ length: 60 }, () => '{"name":"title","op":"eq","val":"x"}').join(",")}]`,
  'filter=[{"or":[]}]',
  'filter=[{"not":{"not":{"not":{"name":"title","op":"like","val":"a%b"}}}}]',
  "filter[title]=%00",
  "filter[nope]=1",
  "filter[starts-at]=yesterday",
  "filter[state]=",
  "nope=1",
  "include=speakers&include=track",
  "%00=%00",
  "cache=maybe",
  "filter[title]=%ED%A0%80",
  "sort=%FF",
  "include=%C0%AE%C0%AE",
];

/** Percent-encodes the UTF-8 of `text` (lone surrogates become U+FFFD, as a client's encoder makes them). */
const encode = (text: string) => [...Buffer.from(text, "utf8")].map((byte) => `%${byte.toString(16).padStart(2, "0")}`).join("");

/** Documents that every body-reading handler must refuse: each has a defect of its own. */
function badBodies(type: string, relationship: boolean): { body: string; contentType?: string }[] {
  const document = (data: unknown) => JSON.stringify({ data });
  const wrongValue = () => random.pick(VALUES);
  const attribute = () => random.pick(["title", "name", "starts-at", "ends-at", "state", "email", "identifier", "position", "color", "length", "complex-field-values", "password"]);
  const badLinkage = () => random.pick([{ data: { type: "track", id: "2147483648" } }, { data: { type: "x", id: "-1" } }, { data: [{ type: "speaker", id: "\u0000" }] }, { data: 5 }, "nope", null]);
  return [
    { body: "" },
    { body: "{" },
    { body: "null" },
    { body: "[]" },
    { body: '"\\u0000"' },
    { body: "\u0000" },
    { body: '{"data":' + "[".repeat(2000) + "]".repeat(2000) + "}" },
    // (`{"data": null}` itself is a valid to-one relationship document.)
    { body: JSON.stringify({ data: null, meta: "\u0000" }) },
    // (`{"data": []}` is a valid to-many relationship document: it empties the relationship.)
    ...(relationship ? [] : [{ body: document([]) }]),
    { body: document({ type: 123 }) },
    { body: document({ type: `${type}-nope`, attributes: { [attribute()]: "x" } }) },
    { body: document({ type, id: random.pick(BAD_IDS), attributes: { [attribute()]: wrongValue(), "zz-fuzz": 1 } }) },
    { body: document({ type, attributes: { [attribute()]: random.pick(STRINGS), [attribute()]: "\u0000" } }) },
    { body: document({ type, attributes: { [attribute()]: wrongValue(), "zz-fuzz": wrongValue() }, relationships: { [random.pick(["event", "track", "speakers", "user", "role"])]: badLinkage() } }) },
    { body: document({ type, attributes: "nope" }) },
    { body: document({ type, relationships: [] }) },
    { body: JSON.stringify({ data: [{ type, id: random.pick(BAD_IDS) }] }) },
    { body: JSON.stringify({ email: "\u0000@example.com", password: random.pick(STRINGS) }) },
    { body: JSON.stringify({ data: { hash: "\u0000" } }) },
    { body: "x=1&y=2", contentType: "application/x-www-form-urlencoded" },
    { body: document({ type, attributes: { title: "ok" } }), contentType: "application/vnd.api+json; charset=utf-8" },
    { body: document({ type, attributes: { title: "ok" } }), contentType: "text/plain" },
    { body: "--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n\u0000\r\n--x--", contentType: "multipart/form-data; boundary=x" },
    { body: "--x\r\n", contentType: "multipart/form-data" },
  ];
}

// ---------------------------------------------------------------------------------------------
// Which parts of a request a route reads, from its source: only those are fuzzed with ids of real
// rows, so that a handler that ignores them (an export that starts on any GET) is not mistaken
// for a failure.

const source = (route: Route) => readFileSync(path.join(ROOT, route.file), "utf8");
const readsQuery = (route: Route) => /parseQuery|parseNoQuery|\w+Routes\(|relatedRoute\(|relationshipRoute\(/.test(source(route));
const readsBody = (route: Route) =>
  /parseResourceBody|parseRelationshipBody|parseLinkage|parseSpeakerLinkage|readJson|readAuthJson|readOesData|receive\w+Upload|receiveMultipartFiles|\w+Routes\(|relationshipRoute\(/.test(source(route));

/** The resource a collection route lists, by its last path segment (`…/sessions` → session). */
function resourceOf(route: Route, resources: readonly AnyResource[]): AnyResource | undefined {
  const last = route.segments.at(-1);
  return last?.kind === "static" ? resources.find((resource) => resource.path === last.name) : undefined;
}

// ---------------------------------------------------------------------------------------------

const MAIN_TABLES = [
  "Event",
  "Session",
  "Speaker",
  "SessionSpeaker",
  "SessionStar",
  "Microlocation",
  "Track",
  "SessionType",
  "Sponsor",
  "SocialLink",
  "Ticket",
  "CustomForm",
  "User",
  "UsersEventsRoles",
  "TrackAssignment",
  "RoleInvite",
  "Notification",
  "EventTopic",
  "EventSubTopic",
  "EventType",
  "MessageSettings",
  "ImageSizes",
  "Task",
  "ExportJob",
  "ImportJob",
  "Mail",
];
/** Tables whose every column must stay as it was (the others: their row counts). */
const UNCHANGED_TABLES = ["Event", "Session", "Speaker", "SessionSpeaker", "Microlocation", "Track", "SessionType", "Sponsor", "Ticket", "RoleInvite", "UsersEventsRoles"];

async function snapshot(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of MAIN_TABLES) {
    const [row] = await db.$queryRawUnsafe<{ count: bigint; digest: string | null }[]>(
      UNCHANGED_TABLES.includes(table)
        ? `SELECT count(*) AS count, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${table}" t`
        : `SELECT count(*) AS count, NULL AS digest FROM "${table}"`,
    );
    out[table] = `${row?.count ?? 0}${row?.digest ? ` ${row.digest}` : ""}`;
  }
  return out;
}

/** What is wrong with an answer, or undefined: no 5xx, and errors as JSON:API error documents. */
function problem(status: number, contentType: string | null, text: string): string | undefined {
  if (status >= 500) return `status ${status}: ${text.slice(0, 300)}`;
  if (status < 400) return undefined;
  if (!/json/.test(contentType ?? "")) return `error ${status} with content type ${contentType}`;
  let body: { errors?: unknown };
  try {
    body = JSON.parse(text) as { errors?: unknown };
  } catch {
    return `error ${status} whose body is not JSON: ${text.slice(0, 100)}`;
  }
  const errors = body.errors;
  if (!Array.isArray(errors) || !errors.length) return `error ${status} without an errors array`;
  for (const error of errors as Record<string, unknown>[]) {
    const { status: member, code, title, detail, source: where } = error;
    if (member !== String(status) || typeof code !== "string" || typeof title !== "string" || typeof detail !== "string") {
      return `error ${status} with a malformed error object: ${JSON.stringify(error).slice(0, 200)}`;
    }
    const keys = Object.keys(error).filter((key) => !["status", "code", "title", "detail", "source"].includes(key));
    if (keys.length) return `error object with unknown members ${keys.join(", ")}`;
    if (where !== undefined) {
      const entries = Object.entries(where as Record<string, unknown>);
      if (!entries.length || entries.some(([key, value]) => !["pointer", "parameter", "header"].includes(key) || typeof value !== "string")) {
        return `error ${status} with a malformed source: ${JSON.stringify(where)}`;
      }
    }
  }
  return undefined;
}

let cases: Case[];
let tokens: Record<Case["actor"], string | undefined>;

beforeAll(async () => {
  const { ids, admin, organizer } = await seedEveryResource();
  tokens = { anonymous: undefined, organizer: await signApiToken(organizer), admin: await signApiToken(admin) };
  const resources = await declaredResources();
  const actor = () => random.pick(["anonymous", "organizer", "admin"] as const);
  cases = [];

  for (const route of v1Routes()) {
    const routeModule = (await import(pathToFileURL(path.join(ROOT, route.file)).href)) as Partial<Record<Method, Handler>>;
    const dynamic = route.segments.filter((segment) => segment.kind === "dynamic");
    const real = rowIds(route, ids);
    const add = (method: Method | string, handler: Handler, label: string, values: (name: string, parent: string | undefined) => string, extra: Partial<Case> = {}) => {
      const url = routeUrl(route, values);
      const { params } = routeParams(route, values);
      cases.push({ label, route, handler, method, url, params: params as unknown as Record<string, string> | undefined, actor: actor(), ...extra });
    };

    for (const method of METHODS) {
      const handler = routeModule[method];
      if (!handler) continue;
      const type = resourceOf(route, resources)?.type ?? random.pick(resources).type;
      const relationship = route.file.includes("/relationships/");

      // Ids that can name no row, in each dynamic segment, with any method (nothing can change).
      if (dynamic.length) {
        for (const bad of ["2147483648", ...random.some(BAD_IDS.slice(1), 3)]) {
          const target = random.pick(dynamic);
          const values = (name: string, parent: string | undefined) => (name === target.name ? bad : real(name, parent));
          const body = method === "GET" ? undefined : random.pick(badBodies(type, relationship));
          add(method, handler, `${method} with [${target.name}]=${JSON.stringify(bad.slice(0, 30))}`, values, body ?? {});
        }
      }
      // Bad query parameters on reads of real rows.
      if (method === "GET" && readsQuery(route)) {
        for (const query of random.some(QUERIES, 5)) add(method, handler, `GET ?${query.slice(0, 60)}`, real, { query });
        // Null checks and NUL on every filterable attribute of the listed resource.
        const listed = resourceOf(route, resources);
        for (const [key, def] of Object.entries(listed?.attributes ?? {})) {
          if (!def.filter) continue;
          const name = def.name ?? key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
          const op = random.pick(["eq", "ne", "is_", "isnot"]);
          const filters: [string, string][] = [
            ["filter", JSON.stringify([{ name, op, val: null }])],
            ["filter", JSON.stringify([{ name, op: random.pick(["eq", "ne", "lt", "ge", "in_", "like", "notilike"]), val: random.pick(VALUES) }])],
            [`filter[${name}]`, String(random.pick(STRINGS)).slice(0, 500)],
          ];
          for (const [parameter, value] of filters) {
            add(method, handler, `GET ?${parameter}=${JSON.stringify(value.slice(0, 100)).slice(1, -1)}`, real, { query: `${parameter}=${encode(value)}` });
          }
        }
      }
      // Bad bodies against real rows, where the handler reads the body; a DELETE reads one only on relationship routes.
      if (method !== "GET" && readsBody(route) && (method !== "DELETE" || route.file.includes("/relationships/"))) {
        for (const body of random.some(badBodies(type, relationship), 6)) add(method, handler, `${method} body ${JSON.stringify(body.body.slice(0, 60))}`, real, body);
      }
    }
    // Odd methods, as far as the handler layer sees them: what reaches a handler with a method
    // Node's Request accepts, and what the server's guard answers for the rest.
    if (routeModule.GET) {
      const method = random.pick(["PROPFIND", "PURGE", "SEARCH", "QUERY", "LINK"]);
      add(method, routeModule.GET, `${method} on a GET handler`, dynamic.length ? (name, parent) => (name === dynamic[0]?.name ? random.pick(BAD_IDS) : real(name, parent)) : real);
    }
  }
}, 180_000);

function toRequest(testCase: Case): Request {
  const url = `http://localhost${testCase.url}${testCase.query ? `?${testCase.query}` : ""}`;
  const headers: Record<string, string> = {};
  const token = tokens[testCase.actor];
  if (token) headers.authorization = `JWT ${token}`;
  if (testCase.body !== undefined) headers["content-type"] = testCase.contentType ?? "application/vnd.api+json";
  return new Request(url, { method: testCase.method, headers, body: testCase.body });
}

describe("fuzzed requests against every /v1 route handler", () => {
  it("answer every malformed request with a 4xx JSON:API error document, or as the valid request it happens to be, and change nothing", async () => {
    expect(cases.length).toBeGreaterThan(300);
    const before = await snapshot();
    const failures: string[] = [];
    for (const testCase of cases) {
      let response: Response;
      try {
        response = await testCase.handler(toRequest(testCase), { params: testCase.params === undefined ? (undefined as never) : Promise.resolve(testCase.params) });
      } catch (error) {
        failures.push(`${testCase.route.file} ${testCase.label} (${testCase.actor}): threw ${String(error)}`);
        continue;
      }
      const text = await response.text();
      const found = problem(response.status, response.headers.get("content-type"), text);
      if (found) failures.push(`${testCase.route.file} ${testCase.label} (${testCase.actor}): ${found}`);
    }
    expect(failures).toEqual([]);
    expect(await snapshot()).toEqual(before);
  }, 120_000);

  it("refuses TRACE and other unserved methods on every route path with a JSON:API error document", () => {
    for (const route of v1Routes()) {
      const url = routeUrl(route, () => "1");
      for (const method of ["TRACE", "TRACK", "CONNECT", "PROPFIND", "MKCOL", "LOCK"]) {
        const refusal = refuseMethod(method, url);
        expect(refusal?.status, `${method} ${url}`).toBe(405);
        expect(problem(refusal?.status ?? 0, refusal?.headers["content-type"] ?? null, refusal?.body ?? "")).toBeUndefined();
      }
    }
  });
});
