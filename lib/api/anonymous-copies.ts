import type { Actor } from "../auth/actor";
import { coalesced, responseCopies, sendCopy, type RenderedResponse } from "../http/response-copies";
import type { ParsedQuery } from "../jsonapi/query";
import { resourceOf } from "../jsonapi/registry";
import type { AnyResource, IncludeTree } from "../jsonapi/resource";
import { publicPageStamp } from "../public/schedule-stamp";

/**
 * Documents of an event and of its schedule collections for anonymous callers, kept across
 * requests.
 * Every anonymous caller of `/v1/events/{id}/sessions?include=speakers,track,…` gets the same
 * document, and public schedules are read far more often than written, so the document is built
 * once per change of the event's stamp (publicPageStamp: the event, its sessions, speakers,
 * links, rooms, tracks, session types, forms and call; one statement per request) and served as
 * it was built. A write through any path shows on the next request. Kept only for the schedule's
 * own types and includes among them, and for `GET /v1/events/{id}` with no include or includes
 * of its schedule: every row such a document shows is in the stamp (the event's own row, its
 * topic for the image it stands in for). Other collections, other includes (an event topic's
 * events are other events) and signed-in callers (whose documents depend on their roles) are
 * built for each request.
 */

const SCHEDULE_TYPES = new Set(["session", "speaker", "track", "microlocation", "session-type"]);
const EVENT_COLLECTION = /^\/v1\/events\/([^/]+)\/[^/]+$/;
const EVENT_ITEM = /^\/v1\/events\/([^/]+)$/;
const MAX_AGE_MS = 60_000;
const MAX_BYTES = 32 * 1024 * 1024;

function withinSchedule(resource: AnyResource, tree: IncludeTree): boolean {
  if (!SCHEDULE_TYPES.has(resource.type)) return false;
  return Object.entries(tree).every(([key, subtree]) => {
    const relationship = resource.relationships?.[key];
    return relationship !== undefined && withinSchedule(resourceOf(relationship.type), subtree);
  });
}

const copies = responseCopies({ maxBytes: MAX_BYTES, maxAgeMs: MAX_AGE_MS, keeps: (response) => response.status === 200 });
const stampOf = coalesced(publicPageStamp);

/**
 * The event the request's path names (`pattern`'s group), when its document may be kept for
 * `actor`: an anonymous GET whose rows `kept` finds all in the event's stamp; else null.
 */
function keptEvent(request: Request, actor: Actor, kept: boolean, pattern: RegExp): string | null {
  if (actor || request.method !== "GET" || !kept) return null;
  const match = pattern.exec(new URL(request.url).pathname);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
}

async function rendered(build: () => Promise<Response>): Promise<RenderedResponse> {
  const response = await build();
  return { status: response.status, headers: [...response.headers], body: new Uint8Array(await response.arrayBuffer()) };
}

/**
 * The response of a collection GET: `build`'s, or for an anonymous caller of an event's schedule
 * collection the kept document (header `x-open-event-cache: hit`, else `render`).
 */
export function collectionCopy(request: Request, resource: AnyResource, actor: Actor, query: ParsedQuery, build: () => Promise<Response>): Promise<Response> {
  return copyOf(request, keptEvent(request, actor, withinSchedule(resource, query.include), EVENT_COLLECTION), build);
}

/**
 * The response of an item GET: `build`'s, or for an anonymous caller of `/v1/events/{id}`
 * without includes beyond the event's schedule the kept document.
 */
export function itemCopy(request: Request, resource: AnyResource, actor: Actor, query: ParsedQuery, build: () => Promise<Response>): Promise<Response> {
  const kept =
    resource.type === "event" &&
    Object.entries(query.include).every(([key, subtree]) => {
      const relationship = resource.relationships?.[key];
      return relationship !== undefined && withinSchedule(resourceOf(relationship.type), subtree);
    });
  return copyOf(request, keptEvent(request, actor, kept, EVENT_ITEM), build);
}

async function copyOf(request: Request, event: string | null, build: () => Promise<Response>): Promise<Response> {
  if (event === null) return build();
  const stamp = await stampOf(event);
  return sendCopy(await copies(request.url, stamp, () => rendered(build)));
}
