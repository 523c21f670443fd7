import type { PairResult } from "./coverage";
import { isParam, oesTypes, pathSegments, type OesPair } from "./reference";

/**
 * The rules of `npm run oes:coverage` (scripts/oes/coverage.ts, which does the HTTP): which URL a
 * pair is sent to, in which order, with which sample attributes, and when its answer counts.
 *
 * URLs. A path parameter is filled by the segment before it (`/v1/sessions/{id}`,
 * `/v1/events/{event_id}` → a session, an event; `{…identifier}` → the event's identifier):
 * - GET: a row of the demo data; a stand-in naming no row (MISSING) where the app has none.
 * - POST, PATCH, DELETE: a throw-away row the probe made, so the demo data is never changed.
 *   Without one of that kind, a PATCH of a detail goes to a demo row with no attributes (a write
 *   that changes nothing) and every other write gets the stand-in.
 *
 * Answered: the response is a JSON:API document (an object with `data`, `errors` or `meta`; for
 * OES's non-JSON:API "blueprint" routes any JSON object or list; for ANY_BODY routes any body; a 204 needs
 * none); its status is not 405, 501 or 5xx; it is not the answer a path no route serves gets
 * (probed first, per method: Next's HTML not-found page); and it is not a 404, unless the URL
 * names a row that does not exist (a stand-in, or a throw-away row already deleted, also when
 * reached through another row's path) or the 404
 * refuses a write at a URL whose GET answers (the route declining this caller's write to this
 * row). Any other 404 for an existing row means the pair is not served, e.g. `/v1/events/upcoming`
 * read by `/v1/events/[id]` as an event id.
 */

/** Values that name no row. */
export const MISSING = { id: "2147483647", identifier: "oes-probe-missing", uuid: "00000000-0000-4000-8000-000000000000", file: "oes-probe-missing.ics" };

/** Pairs whose documented answer is a file of any type. */
export const ANY_BODY = new Set(["GET /v1/events/{event_id}/exports/{path}"]);

/** Auth writes that may end a token: sent last, with a token of their own. */
export const ENDS_TOKENS = ["POST /v1/auth/blacklist", "POST /v1/auth/logout"];

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
const SAMPLE_BY_TYPE: Record<string, Record<string, unknown>> = {
  ticket: { type: "free" },
  "role-invite": { "role-name": "coorganizer" },
  // A field with choices, so that the probe can add a custom-form-option to it.
  "custom-form": { type: "select", name: "OES probe field" },
};

/** An HTTP answer as the probe reads it. */
export interface Answer {
  status: number;
  /** Without parameters (`text/html`). */
  contentType: string;
  text: string;
  /** The parsed body, when it is JSON. */
  json: unknown;
}

export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** A row whose id (or identifier) fills a path parameter. */
export interface Row {
  id: string;
  identifier?: string;
  /** Throw-away rows: the JSON:API type, so that deleting it through any path is noticed. */
  type?: string;
}

/** `{name}` after `segment` → the collection it names a row of. */
export const collectionOf = (segment: string | undefined) => (segment ? (COLLECTION_OF[segment] ?? segment) : "");

/** Sample attributes of a new resource of an OES type: the ones its schema requires. */
export function sampleAttributes(type: string): Record<string, unknown> {
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

export interface Planned {
  pair: OesPair;
  url: string;
  /** Whether the URL names a row that does not exist, so that a 404 is the right answer. */
  namesMissingRow: boolean;
}

const isWrite = (pair: OesPair) => pair.method !== "GET";

/** The URL of a pair (see the rules above). `deletedTypes`: throw-away rows already deleted, by type. */
export function plan(pair: OesPair, demo: ReadonlyMap<string, Row>, throwaway: ReadonlyMap<string, Row>, deletedTypes: ReadonlySet<string>): Planned {
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
  // A write to a row of a kind whose throw-away row is gone, through another row's path
  // (`DELETE /v1/users-events-roles/{id}/event` once the event was deleted), names no row either.
  if (isWrite(pair) && pair.kind === "detail" && pair.type && deletedTypes.has(pair.type)) namesMissingRow = true;
  return { pair, url: `/${parts.join("/")}`, namesMissingRow };
}

/** What identifies an answer: status, media type and the first error (or whether there is JSON). */
export const signature = (answer: Answer) =>
  `${answer.status} ${answer.contentType} ${isObject(answer.json) && Array.isArray(answer.json.errors) ? JSON.stringify(answer.json.errors[0]) : answer.json === undefined ? "" : "json"}`;

/**
 * Whether a pair was answered (see the rules above). `noRoute`: the signature of the answer to a
 * path no route serves, for the same method; `readable`: a 404 to a write came from a URL whose
 * GET answers.
 */
export function judge(planned: Planned, answer: Answer | Error, noRoute: string, readable = false): Omit<PairResult, "url"> {
  if (answer instanceof Error) return { status: 0, answered: false, why: `no answer: ${answer.message}` };
  const result = (answered: boolean, why?: string) => ({ status: answer.status, answered, ...(why ? { why } : {}) });
  if (answer.status === 405 || answer.status === 501) return result(false, "method not served");
  if (answer.status >= 500) return result(false, "server error");
  if (signature(answer) === noRoute) return result(false, "no route");
  if (answer.status === 404 && !planned.namesMissingRow && !readable) return result(false, "404 for an existing row or a literal path");
  if (answer.status === 204 || ANY_BODY.has(planned.pair.key)) return result(true);
  // OES's blueprint routes answer plain JSON, some of them a list (`/sessions/dates`, the admin taxonomy statistics).
  if (planned.pair.kind === "blueprint" && (isObject(answer.json) || Array.isArray(answer.json))) return result(true);
  if (!isObject(answer.json)) return result(false, answer.contentType ? `not JSON (${answer.contentType})` : "empty body");
  const json = answer.json;
  return "data" in json || "errors" in json || "meta" in json ? result(true) : result(false, "not a JSON:API document");
}

/**
 * Order of execution: reads; creates and updates; then relationship writes (which may empty a
 * link, e.g. a session's track, that a write to `/v1/sessions/{id}/track` needs); deletes (the
 * events group's last); auth writes.
 */
export function order(pair: OesPair): number {
  if (pair.group === "auth" && pair.method !== "GET") return ENDS_TOKENS.includes(pair.key) ? 7 : 6;
  if (pair.method === "GET") return 0;
  if (pair.method !== "DELETE") return pair.kind === "relationship" ? 2 : 1;
  if (pair.kind === "relationship") return 3;
  return pair.group === "events" ? 5 : 4;
}
