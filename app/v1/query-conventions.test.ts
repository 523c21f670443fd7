import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { db } from "@/lib/db";
import type { Event } from "@/lib/generated/prisma/client";
import { PAGE_SIZE_ALL_MAX } from "@/lib/jsonapi/query";
import { noParams, params, read, request } from "@/lib/testing/api";
import { addRole, createEvent, createSession, createSpeaker, createTrack, createUser } from "@/prisma/factories";
import * as eventTopics from "./event-topics/route";
import * as eventItem from "./events/[id]/route";
import * as eventSessions from "./events/[id]/sessions/route";
import * as eventSpeakers from "./events/[id]/speakers/route";
import * as eventTracks from "./events/[id]/tracks/route";
import * as events from "./events/route";
import * as upcomingEvents from "./events/upcoming/route";

/**
 * Open Event's query conventions on the shared collection handlers (lib/jsonapi/query.ts,
 * lib/api/route.ts): `page[size]=0`, `cache`, `public`, `get_trashed`, `upcoming`, filters on
 * `deleted-at`, and includes of relationships Open Event declares that we lack.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- route handlers differ in their params
type Handler = (request: Request, context: { params: Promise<any> }) => Promise<Response>;

let event: Event;
let draft: Event;
let adminToken: string;
let organizerToken: string;
let bigEvent: Event;

const DAY = 24 * 60 * 60 * 1000;
const get = async (handler: Handler, path: string, token?: string, id?: number | string) =>
  read(await handler(request("GET", path, { token }), id === undefined ? noParams : params({ id })));
const ids = (body: Record<string, unknown>) => (body.data as { id: string }[]).map((row) => row.id);
const badParameter = (status: number, code: string, title: string, detail: string, parameter: string) => ({
  status,
  body: { errors: [{ status: String(status), code, title, detail, source: { parameter } }], jsonapi: { version: "1.1" } },
});

beforeAll(async () => {
  const admin = await createUser({ isAdmin: true });
  const organizer = await createUser();
  event = await createEvent();
  draft = await createEvent({ state: "draft" });
  bigEvent = await createEvent();
  await addRole(organizer, event, "organizer");
  await addRole(organizer, draft, "organizer");
  adminToken = await signApiToken(admin);
  organizerToken = await signApiToken(organizer);
  for (let n = 0; n < 25; n++) await createTrack({ event, name: `Track ${String(n).padStart(2, "0")}` });
  await createTrack({ event, name: "Gone", deletedAt: new Date() });
});

describe("page[size]=0", () => {
  it("answers the whole collection in one page, as the pages together", async () => {
    const path = `/v1/events/${event.id}/tracks`;
    const whole = await get(eventTracks.GET, `${path}?page[size]=0`, undefined, event.id);
    const [first, second] = [await get(eventTracks.GET, `${path}?page[size]=20`, undefined, event.id), await get(eventTracks.GET, `${path}?page[size]=20&page[number]=2`, undefined, event.id)];
    expect(whole.status).toBe(200);
    expect(ids(whole.body)).toEqual([...ids(first.body), ...ids(second.body)]);
    expect([ids(whole.body).length, whole.body.meta]).toEqual([25, { count: 25 }]);
    expect(whole.body.links).toEqual({
      self: `${path}?page[size]=0`,
      first: `${path}?page%5Bsize%5D=0&page%5Bnumber%5D=1`,
      last: `${path}?page%5Bsize%5D=0&page%5Bnumber%5D=1`,
      prev: null,
      next: null,
    });
  });

  it(`refuses a collection of more than ${PAGE_SIZE_ALL_MAX} rows with 400 naming page[size], and another page with 400 naming page[number]`, async () => {
    await db.track.createMany({ data: Array.from({ length: PAGE_SIZE_ALL_MAX + 1 }, (_, n) => ({ eventId: bigEvent.id, name: `T${n}`, color: "#000000" })) });
    const path = `/v1/events/${bigEvent.id}/tracks`;
    expect(await get(eventTracks.GET, `${path}?page[size]=0`, undefined, bigEvent.id)).toEqual(
      badParameter(400, "BAD_REQUEST", "Bad request", `This collection has ${PAGE_SIZE_ALL_MAX + 1} rows; page[size]=0 answers at most ${PAGE_SIZE_ALL_MAX}: ask for pages`, "page[size]"),
    );
    expect(await get(eventTracks.GET, `${path}?page[size]=0&page[number]=2`, undefined, bigEvent.id)).toEqual(
      badParameter(400, "BAD_REQUEST", "Bad request", "page[size]=0 answers the whole collection as one page", "page[number]"),
    );
  });
});

describe("cache and public", () => {
  it("cache=true changes nothing; other values are 400", async () => {
    const path = `/v1/events/${event.id}/tracks`;
    const [plain, cached] = [await get(eventTracks.GET, path, organizerToken, event.id), await get(eventTracks.GET, `${path}?cache=true`, organizerToken, event.id)];
    expect([cached.status, { ...cached.body, links: null }]).toEqual([200, { ...plain.body, links: null }]);
    expect(await get(eventTracks.GET, `${path}?cache=yes`, undefined, event.id)).toEqual(badParameter(400, "BAD_REQUEST", "Bad request", "cache must be true or false", "cache"));
  });

  it("public=true answers as to an anonymous caller, whatever the credentials", async () => {
    // The organizer sees their draft; with public=true, as anonymous, it does not exist.
    expect((await get(eventItem.GET, `/v1/events/${draft.id}`, organizerToken, draft.id)).status).toBe(200);
    const asPublic = await get(eventItem.GET, `/v1/events/${draft.id}?public=true`, organizerToken, draft.id);
    expect(asPublic).toEqual(await get(eventItem.GET, `/v1/events/${draft.id}`, undefined, draft.id));
    expect(asPublic.status).toBe(404);
    // An admin's list with public=true is the anonymous list (no drafts), links aside.
    const anonymous = await get(events.GET, "/v1/events?page[size]=100&public=true&cache=true");
    const admin = await get(events.GET, "/v1/events?page[size]=100&public=true&cache=true", adminToken);
    expect(admin).toEqual(anonymous);
    expect(ids(admin.body)).not.toContain(String(draft.id));
    expect(ids((await get(events.GET, "/v1/events?page[size]=100", adminToken)).body)).toContain(String(draft.id));
  });
});

describe("get_trashed and filters on deleted-at", () => {
  const trashedFilter = encodeURIComponent(JSON.stringify([{ name: "deleted-at", op: "ne", val: null }]));

  it("lists soft-deleted rows too for admins, and deleted-at filters pick them", async () => {
    const path = `/v1/events/${event.id}/tracks?page[size]=0`;
    const gone = await db.track.findFirstOrThrow({ where: { eventId: event.id, name: "Gone" } });
    const live = ids((await get(eventTracks.GET, path, adminToken, event.id)).body);
    expect(live).not.toContain(String(gone.id));
    const all = await get(eventTracks.GET, `${path}&get_trashed=true`, adminToken, event.id);
    expect(ids(all.body).sort()).toEqual([...live, String(gone.id)].sort());
    // Only the deleted ones, as OES's admin lists ask for them.
    const deleted = await get(eventTracks.GET, `${path}&get_trashed=true&filter=${trashedFilter}`, adminToken, event.id);
    expect([ids(deleted.body), (deleted.body.data as { attributes: { name: string } }[])[0]?.attributes.name]).toEqual([[String(gone.id)], "Gone"]);
    // Without get_trashed, the filter finds nothing: the collection has no deleted rows.
    expect(ids((await get(eventTracks.GET, `${path}&filter=${trashedFilter}`, adminToken, event.id)).body)).toEqual([]);
    const alive = encodeURIComponent(JSON.stringify([{ name: "deleted-at", op: "eq", val: null }]));
    expect(ids((await get(eventTracks.GET, `${path}&get_trashed=true&filter=${alive}`, adminToken, event.id)).body)).toEqual(live);
  });

  it("does so for events, sessions and speakers", async () => {
    const gone = await createEvent({ deletedAt: new Date() });
    expect(ids((await get(events.GET, "/v1/events?page[size]=0", adminToken)).body)).not.toContain(String(gone.id));
    expect(ids((await get(events.GET, `/v1/events?page[size]=0&get_trashed=true&filter=${trashedFilter}`, adminToken)).body)).toContain(String(gone.id));
    const session = await createSession({ event, deletedAt: new Date() });
    const speaker = await createSpeaker({ event, deletedAt: new Date() });
    for (const [handler, path, row] of [
      [eventSessions.GET, "sessions", session],
      [eventSpeakers.GET, "speakers", speaker],
    ] as const) {
      const url = `/v1/events/${event.id}/${path}?get_trashed=true&filter=${trashedFilter}`;
      expect([path, ids((await get(handler, url, adminToken, event.id)).body)]).toEqual([path, [String(row.id)]]);
      expect([path, ids((await get(handler, `/v1/events/${event.id}/${path}?filter=${trashedFilter}`, adminToken, event.id)).body)]).toEqual([path, []]);
    }
  });

  it("refuses get_trashed=true to anyone but admins with 403 naming the parameter, even the event's organizer", async () => {
    const refused = badParameter(403, "FORBIDDEN", "Forbidden", "Only admins may list deleted rows", "get_trashed");
    const path = `/v1/events/${event.id}/tracks?get_trashed=true`;
    expect(await get(eventTracks.GET, path, organizerToken, event.id)).toEqual(refused);
    expect(await get(eventTracks.GET, path, undefined, event.id)).toEqual(refused);
    expect(await get(eventTracks.GET, `${path}&public=true`, adminToken, event.id)).toEqual(refused);
    // get_trashed=false is the default, for anyone.
    expect((await get(eventTracks.GET, `/v1/events/${event.id}/tracks?get_trashed=false`, organizerToken, event.id)).status).toBe(200);
  });

  it("is a 400 for a resource without soft deletes, and on a single resource", async () => {
    expect(await get(eventTopics.GET, "/v1/event-topics?get_trashed=true", adminToken)).toEqual(
      badParameter(400, "BAD_REQUEST", "Bad request", "event-topic rows are not soft-deleted", "get_trashed"),
    );
    expect(await get(eventItem.GET, `/v1/events/${event.id}?get_trashed=true`, adminToken, event.id)).toEqual(
      badParameter(400, "BAD_REQUEST", "Bad request", 'Query parameter "get_trashed" applies to collections only', "get_trashed"),
    );
  });
});

describe("upcoming", () => {
  it("GET /v1/events/upcoming and ?upcoming=true answer the published public events that have not started, by start", async () => {
    const past = await createEvent({ startsAt: new Date(Date.now() - 2 * DAY), endsAt: new Date(Date.now() - DAY) });
    const running = await createEvent({ startsAt: new Date(Date.now() - DAY), endsAt: new Date(Date.now() + DAY) });
    const soon = await createEvent({ startsAt: new Date(Date.now() + DAY), endsAt: new Date(Date.now() + 2 * DAY) });
    const hidden = await createEvent({ privacy: "private", startsAt: new Date(Date.now() + DAY), endsAt: new Date(Date.now() + 2 * DAY) });
    const query = "upcoming=true&include=event-topic,event-sub-topic,event-type,speakers-call&cache=true&public=true&page[size]=0";
    const upcoming = await get(upcomingEvents.GET as Handler, `/v1/events/upcoming?${query}`, adminToken);
    const listed = await get(events.GET, `/v1/events?${query}`, adminToken);
    expect(upcoming.status).toBe(200);
    expect({ ...upcoming.body, links: null }).toEqual({ ...listed.body, links: null });

    const expected = await db.event.findMany({
      where: { deletedAt: null, state: "published", privacy: "public", startsAt: { gt: new Date() } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    expect(ids(upcoming.body)).toEqual(expected.map((row) => String(row.id)));
    expect(ids(upcoming.body)).toContain(String(soon.id));
    for (const row of [past, running, hidden, draft]) expect(ids(upcoming.body)).not.toContain(String(row.id));
    expect(upcoming.body.included).toEqual([]);
  });

  it("is a 400 for collections that have no upcoming rows", async () => {
    expect(await get(eventTracks.GET, `/v1/events/${event.id}/tracks?upcoming=true`, undefined, event.id)).toEqual(
      badParameter(400, "BAD_REQUEST", "Bad request", '"upcoming" does not apply to track collections', "upcoming"),
    );
  });
});

describe("includes of relationships Open Event declares that we lack", () => {
  it("are answered empty, next to the ones we have; an unknown name stays a 400", async () => {
    const path = `/v1/events/${event.id}`;
    const withOes = await get(eventItem.GET, `${path}?include=speakers-call,event-topic,tracks,group`, undefined, event.id);
    const ours = await get(eventItem.GET, `${path}?include=event-topic,tracks`, undefined, event.id);
    expect(withOes.status).toBe(200);
    expect({ ...withOes.body, links: null }).toEqual({ ...ours.body, links: null });
    expect((await get(eventItem.GET, `${path}?include=speakers-calls`, undefined, event.id)).status).toBe(400);
    // Two levels: a session's feedbacks (OES) under an event's sessions.
    expect((await get(eventItem.GET, `${path}?include=sessions.feedbacks`, undefined, event.id)).status).toBe(200);
  });
});
