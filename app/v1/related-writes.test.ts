import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { db } from "@/lib/db";
import type { Event, Session, Track } from "@/lib/generated/prisma/client";
import { relatedRoute } from "@/lib/related/routes";
import { DELETED, failure, params, read, request } from "@/lib/testing/api";
import { addRole, createEvent, createEventType, createSession, createSessionType, createSpeakersCall, createTicket, createTrack, createUser } from "@/prisma/factories";
import * as typeEventLinks from "./event-types/[id]/relationships/events/route";
import * as typeEvents from "./event-types/[id]/events/route";
import * as eventTracks from "./events/[id]/relationships/tracks/route";
import * as eventItem from "./events/[id]/route";
import * as sessionTrackLinks from "./sessions/[id]/relationships/track/route";
import * as sessionTrack from "./sessions/[id]/track/route";
import * as sessionType from "./sessions/[id]/session-type/route";
import * as sessionEvent from "./sessions/[id]/event/route";
import * as eventCallLinks from "./events/[id]/relationships/speakers-call/route";
import * as ticketEventLinks from "./tickets/[id]/relationships/event/route";
import * as trackEvent from "./tracks/[id]/event/route";
import * as trackEventLinks from "./tracks/[id]/relationships/event/route";
import * as trackSessions from "./tracks/[id]/relationships/sessions/route";
import * as trackItem from "./tracks/[id]/route";

/**
 * Writes on related-resource paths (`/v1/sessions/{id}/track`, `/v1/tracks/{id}/event`): Open
 * Event serves them with the related resource's detail class, so PATCH and DELETE change the
 * related row exactly as its own endpoint does, with its permissions; a related collection is 405.
 * Below them, writes on relationship endpoints (`/v1/tracks/{id}/relationships/sessions`).
 */

let event: Event;
let track: Track;
let session: Session;
let bare: Session;
let ownerToken: string;
let organizerToken: string;
let strangerToken: string;
/** An event of the same team for the relationship writes (the tests above delete `event`). */
let writes: Event;

beforeAll(async () => {
  const owner = await createUser();
  const organizer = await createUser();
  const stranger = await createUser();
  event = await createEvent({ owner });
  await addRole(organizer, event, "organizer");
  writes = await createEvent({ owner });
  await addRole(organizer, writes, "organizer");
  await addRole(stranger, await createEvent(), "organizer");
  track = await createTrack({ event, name: "Web" });
  session = await createSession({ event, track, sessionType: await createSessionType({ event }) });
  bare = await createSession({ event });
  [ownerToken, organizerToken, strangerToken] = await Promise.all([signApiToken(owner), signApiToken(organizer), signApiToken(stranger)]);
});

const trackDocument = (attributes: Record<string, unknown>) => ({ data: { type: "track", id: String(track.id), attributes } });

describe("PATCH and DELETE /v1/sessions/{id}/track", () => {
  it("changes the session's track as PATCH /v1/tracks/{id} does, and answers its document", async () => {
    const patched = await read(
      await sessionTrack.PATCH(request("PATCH", `/v1/sessions/${session.id}/track`, { token: organizerToken, body: trackDocument({ name: "Frontend" }) }), params({ id: session.id })),
    );
    const own = await read(await trackItem.GET(request("GET", `/v1/tracks/${track.id}`, { token: organizerToken }), params({ id: track.id })));
    expect(patched).toEqual(own);
    expect((own.body.data as { attributes: { name: string } }).attributes.name).toBe("Frontend");
  });

  it("refuses as the track's own endpoint does: validation at its pointer, a hidden session 404, a session without a track 404", async () => {
    const invalid = await read(
      await sessionTrack.PATCH(request("PATCH", `/v1/sessions/${session.id}/track`, { token: organizerToken, body: trackDocument({ name: "" }) }), params({ id: session.id })),
    );
    const direct = await read(await trackItem.PATCH(request("PATCH", `/v1/tracks/${track.id}`, { token: organizerToken, body: trackDocument({ name: "" }) }), params({ id: track.id })));
    expect(invalid).toEqual(direct);
    expect(invalid.status).toBe(422);
    expect((await read(await sessionTrack.PATCH(request("PATCH", `/v1/sessions/${session.id}/track`, { token: strangerToken, body: trackDocument({ name: "Mine" }) }), params({ id: session.id })))).status).toBe(404);
    expect(await read(await sessionTrack.PATCH(request("PATCH", `/v1/sessions/${bare.id}/track`, { token: organizerToken, body: trackDocument({ name: "Mine" }) }), params({ id: bare.id })))).toEqual(
      failure(404, "This session has no track"),
    );
    expect((await db.track.findUniqueOrThrow({ where: { id: track.id } })).name).toBe("Frontend");
  });

  it("DELETE answers what DELETE /v1/tracks/{id} answers: a track in use is a 409", async () => {
    const viaSession = await read(await sessionTrack.DELETE(request("DELETE", `/v1/sessions/${session.id}/track`, { token: organizerToken }), params({ id: session.id })));
    const direct = await read(await trackItem.DELETE(request("DELETE", `/v1/tracks/${track.id}`, { token: organizerToken }), params({ id: track.id })));
    expect(viaSession).toEqual(direct);
    expect(viaSession.status).toBe(409);
  });

  it("DELETE removes the session type through its own rules once no session uses it", async () => {
    const type = await createSessionType({ event });
    const lone = await createSession({ event, sessionType: type });
    await db.session.update({ where: { id: lone.id }, data: { deletedAt: new Date() } });
    // A deleted session is hidden, so its type is not reachable through it: 404.
    expect((await read(await sessionType.DELETE(request("DELETE", `/v1/sessions/${lone.id}/session-type`, { token: organizerToken }), params({ id: lone.id })))).status).toBe(404);
    const other = await createSessionType({ event });
    const holder = await createSession({ event, sessionType: other });
    await db.session.update({ where: { id: holder.id }, data: { sessionTypeId: other.id } });
    expect((await read(await sessionType.DELETE(request("DELETE", `/v1/sessions/${holder.id}/session-type`, { token: organizerToken }), params({ id: holder.id })))).status).toBe(409);
  });
});

describe("PATCH and DELETE of an event through its content and sessions", () => {
  it("PATCH /v1/tracks/{id}/event and /v1/sessions/{id}/event change the event as PATCH /v1/events/{id} does", async () => {
    const body = (name: string) => ({ data: { type: "event", id: String(event.id), attributes: { name } } });
    const viaTrack = await read(await trackEvent.PATCH(request("PATCH", `/v1/tracks/${track.id}/event`, { token: organizerToken, body: body("Renamed") }), params({ id: track.id })));
    const own = await read(await eventItem.GET(request("GET", `/v1/events/${event.id}`, { token: organizerToken }), params({ id: event.id })));
    expect(viaTrack).toEqual(own);
    const viaSession = await read(await sessionEvent.PATCH(request("PATCH", `/v1/sessions/${session.id}/event`, { token: organizerToken, body: body("Again") }), params({ id: session.id })));
    expect((viaSession.body.data as { attributes: { name: string } }).attributes.name).toBe("Again");
    // Another event's organizer sees the published event but may not change it: the event's own answer, and nothing changes.
    const stranger = await read(await trackEvent.PATCH(request("PATCH", `/v1/tracks/${track.id}/event`, { token: strangerToken, body: body("Theirs") }), params({ id: track.id })));
    expect(stranger).toEqual(await read(await eventItem.PATCH(request("PATCH", `/v1/events/${event.id}`, { token: strangerToken, body: body("Theirs") }), params({ id: event.id }))));
    expect(stranger.status).toBe(403);
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).name).toBe("Again");
  });

  it("DELETE /v1/tracks/{id}/event deletes the event as DELETE /v1/events/{id} does, with its permissions", async () => {
    const refused = await read(await trackEvent.DELETE(request("DELETE", `/v1/tracks/${track.id}/event`, { token: strangerToken }), params({ id: track.id })));
    expect(refused).toEqual(await read(await eventItem.DELETE(request("DELETE", `/v1/events/${event.id}`, { token: strangerToken }), params({ id: event.id }))));
    expect(refused.status).toBe(403);
    expect(await read(await trackEvent.DELETE(request("DELETE", `/v1/tracks/${track.id}/event`, { token: ownerToken }), params({ id: track.id })))).toEqual(DELETED);
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).deletedAt).not.toBeNull();
  });
});

describe("related collections", () => {
  it("answer writes with 405 and an error document", async () => {
    const { PATCH, DELETE } = relatedRoute("track", "sessions");
    const path = `/v1/tracks/${track.id}/sessions`;
    const refused = failure(405, "The sessions of a track cannot be changed or deleted here");
    expect(await read(await PATCH(request("PATCH", path, { token: ownerToken, body: { data: [] } }), params({ id: track.id })))).toEqual(refused);
    expect(await read(await DELETE(request("DELETE", path, { token: ownerToken }), params({ id: track.id })))).toEqual(refused);
  });
});

// ---------------------------------------------------------------------------------------------
// POST (add), PATCH (replace) and DELETE (remove) on relationship endpoints, as Open Event's
// clients send them: a track's sessions are written through each session's own update (its
// rules and permissions), and a request refused for one entry changes nothing.

type Handler = (request: Request, context: never) => Promise<Response>;
const linkage = (type: string, ids: number[]) => ({ data: ids.map((id) => ({ type, id: String(id) })) });

async function send(handler: Handler, method: string, path: string, id: number, body: unknown, token = organizerToken) {
  return read(await handler(request(method, path, { token, body }), params({ id }) as never));
}

const trackIdOf = async (sessionId: number) => (await db.session.findUniqueOrThrow({ where: { id: sessionId } })).trackId;
const ids = (body: Record<string, unknown>) => (body.data as { id: string }[]).map((item) => Number(item.id)).sort((a, b) => a - b);

describe("/v1/tracks/{id}/relationships/sessions", () => {
  it("adds with POST, replaces with PATCH and removes with DELETE, answering the linkage each time", async () => {
    const track = await createTrack({ event: writes, name: "Writes" });
    const [first, second] = [await createSession({ event: writes }), await createSession({ event: writes })];
    const path = `/v1/tracks/${track.id}/relationships/sessions`;

    const added = await send(trackSessions.POST, "POST", path, track.id, linkage("session", [first.id, second.id]));
    expect(added.status).toBe(200);
    expect(ids(added.body)).toEqual([first.id, second.id]);
    expect(added.body.links).toEqual({ self: path, related: `/v1/tracks/${track.id}/sessions` });
    expect([await trackIdOf(first.id), await trackIdOf(second.id)]).toEqual([track.id, track.id]);

    const replaced = await send(trackSessions.PATCH, "PATCH", path, track.id, linkage("session", [second.id]));
    expect([replaced.status, ids(replaced.body)]).toEqual([200, [second.id]]);
    expect([await trackIdOf(first.id), await trackIdOf(second.id)]).toEqual([null, track.id]);

    const removed = await send(trackSessions.DELETE, "DELETE", path, track.id, linkage("session", [second.id]));
    expect([removed.status, ids(removed.body)]).toEqual([200, []]);
    expect(await trackIdOf(second.id)).toBeNull();
  });

  it("refuses another event's session at its entry and leaves every session as it was", async () => {
    const track = await createTrack({ event: writes, name: "Refusals" });
    const mine = await createSession({ event: writes });
    const foreign = await createSession({ event: await createEvent() });
    const refused = await send(trackSessions.POST, "POST", `/v1/tracks/${track.id}/relationships/sessions`, track.id, linkage("session", [mine.id, foreign.id]));
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([expect.objectContaining({ source: { pointer: "/data/1" } })]);
    expect([await trackIdOf(mine.id), await trackIdOf(foreign.id)]).toEqual([null, null]);
  });

  it("refuses a malformed document at its pointer, and callers outside the event", async () => {
    const track = await createTrack({ event: writes, name: "Malformed" });
    const session = await createSession({ event: writes });
    const path = `/v1/tracks/${track.id}/relationships/sessions`;
    const notList = await send(trackSessions.POST, "POST", path, track.id, { data: { type: "session", id: String(session.id) } });
    expect([notList.status, (notList.body.errors as { source: unknown }[])[0]!.source]).toEqual([422, { pointer: "/data" }]);
    const wrongType = await send(trackSessions.POST, "POST", path, track.id, { data: [{ type: "track", id: String(session.id) }] });
    expect([wrongType.status, (wrongType.body.errors as { source: unknown }[])[0]!.source]).toEqual([422, { pointer: "/data/0/type" }]);
    // Another event's organizer: a session they cannot see is not there; one the public sees is
    // refused by the session's own update.
    const unseen = await send(trackSessions.POST, "POST", path, track.id, linkage("session", [session.id]), strangerToken);
    expect([unseen.status, unseen.body.errors]).toEqual([422, [expect.objectContaining({ detail: "There is no session with this id", source: { pointer: "/data/0" } })]]);
    const published = await createEvent({ schedulePublishedOn: new Date() });
    const publicTrack = await createTrack({ event: published, name: "Public" });
    const accepted = await createSession({ event: published, state: "accepted" });
    const refused = await send(trackSessions.POST, "POST", `/v1/tracks/${publicTrack.id}/relationships/sessions`, publicTrack.id, linkage("session", [accepted.id]), strangerToken);
    expect([403, 404], JSON.stringify(refused.body)).toContain(refused.status);
    expect(await trackIdOf(accepted.id)).toBeNull();
    const anonymous = await read(await trackSessions.POST(request("POST", path, { body: linkage("session", [session.id]) }), params({ id: track.id }) as never));
    expect([401, 404]).toContain(anonymous.status);
    expect(await trackIdOf(session.id)).toBeNull();
  });
});

describe("/v1/events/{id}/relationships/tracks", () => {
  it("accepts the event's own tracks unchanged, and refuses to move a track between events or to take one away", async () => {
    const track = await createTrack({ event: writes, name: "Own" });
    const path = `/v1/events/${writes.id}/relationships/tracks`;
    const current = await db.track.findMany({ where: { eventId: writes.id, deletedAt: null }, select: { id: true } });
    const same = await send(eventTracks.PATCH, "PATCH", path, writes.id, linkage("track", current.map((row) => row.id)));
    expect([same.status, ids(same.body)]).toEqual([200, current.map((row) => row.id).sort((a, b) => a - b)]);

    const other = await createTrack({ event: await createEvent(), name: "Elsewhere" });
    const moved = await send(eventTracks.POST, "POST", path, writes.id, linkage("track", [track.id, other.id]));
    expect([moved.status, (moved.body.errors as { source: unknown }[])[0]!.source]).toEqual([422, { pointer: "/data/1" }]);
    const taken = await send(eventTracks.DELETE, "DELETE", path, writes.id, linkage("track", [track.id]));
    expect([taken.status, (taken.body.errors as { source: unknown }[])[0]!.source]).toEqual([422, { pointer: "/data/0" }]);
    expect((await db.track.findUniqueOrThrow({ where: { id: other.id } })).eventId).toBe(other.eventId);
    expect((await db.track.findUniqueOrThrow({ where: { id: track.id } })).eventId).toBe(writes.id);
  });
});

describe("/v1/sessions/{id}/relationships/track (to-one)", () => {
  it("sets with POST as with PATCH, empties with DELETE naming the current track, and leaves another name alone", async () => {
    const track = await createTrack({ event: writes, name: "To-one" });
    const session = await createSession({ event: writes });
    const path = `/v1/sessions/${session.id}/relationships/track`;
    const one = (id: number | null) => ({ data: id === null ? null : { type: "track", id: String(id) } });

    const set = await send(sessionTrackLinks.POST, "POST", path, session.id, one(track.id));
    expect([set.status, set.body.data]).toEqual([200, { type: "track", id: String(track.id) }]);
    expect(await trackIdOf(session.id)).toBe(track.id);

    const other = await createTrack({ event: writes, name: "Data" });
    const untouched = await send(sessionTrackLinks.DELETE, "DELETE", path, session.id, one(other.id));
    expect([untouched.status, untouched.body.data]).toEqual([200, { type: "track", id: String(track.id) }]);
    expect(await trackIdOf(session.id)).toBe(track.id);

    const cleared = await send(sessionTrackLinks.DELETE, "DELETE", path, session.id, one(track.id));
    expect([cleared.status, cleared.body.data]).toEqual([200, null]);
    expect(await trackIdOf(session.id)).toBeNull();

    const foreign = await createTrack({ event: await createEvent(), name: "Elsewhere" });
    const refused = await send(sessionTrackLinks.POST, "POST", path, session.id, one(foreign.id));
    expect(refused.status).toBe(422);
    expect(await trackIdOf(session.id)).toBeNull();
  });
});

describe("/v1/event-types/{id}/events and its relationship", () => {
  it("lists the events of a type the caller may see, and sets an event's type through the event's own update", async () => {
    const type = await createEventType();
    const owner = await createUser();
    const ownerToken = await signApiToken(owner);
    const published = await createEvent({ owner, state: "published", eventTypeId: type.id });
    const draft = await createEvent({ owner, state: "draft", eventTypeId: type.id });
    const untyped = await createEvent({ owner, state: "published" });

    const anonymous = await read(await typeEvents.GET(request("GET", `/v1/event-types/${type.id}/events`), params({ id: type.id }) as never));
    expect([anonymous.status, ids(anonymous.body)]).toEqual([200, [published.id]]);
    const own = await send(typeEventLinks.GET, "GET", `/v1/event-types/${type.id}/relationships/events`, type.id, undefined, ownerToken);
    expect([own.status, ids(own.body)]).toEqual([200, [published.id, draft.id].sort((a, b) => a - b)]);

    const added = await send(typeEventLinks.POST, "POST", `/v1/event-types/${type.id}/relationships/events`, type.id, linkage("event", [untyped.id]), ownerToken);
    expect([added.status, ids(added.body)]).toEqual([200, [published.id, draft.id, untyped.id].sort((a, b) => a - b)]);
    expect((await db.event.findUniqueOrThrow({ where: { id: untyped.id } })).eventTypeId).toBe(type.id);

    // Someone else's event is not theirs to retype.
    const foreign = await createEvent({ state: "published" });
    const refused = await send(typeEventLinks.POST, "POST", `/v1/event-types/${type.id}/relationships/events`, type.id, linkage("event", [foreign.id]), ownerToken);
    expect([403, 404]).toContain(refused.status);
    expect((await db.event.findUniqueOrThrow({ where: { id: foreign.id } })).eventTypeId).toBeNull();
  });
});

describe("/v1/<content>/{id}/relationships/event and /v1/events/{id}/relationships/speakers-call (rows that stay where they are)", () => {
  it("answer the current linkage to a save naming it, and 422 for another target or none, with the row's own permissions", async () => {
    const row = await createTrack({ event: writes, name: "Stays" });
    const ticket = await createTicket({ event: writes });
    const call = await createSpeakersCall({ event: writes });
    const eventOf = { data: { type: "event", id: String(writes.id) } };
    const elsewhere = { data: { type: "event", id: String(event.id) } };
    const linkageOf = (path: string, id: number, name: string, data: unknown) => ({
      status: 200,
      body: { data, links: { self: `/v1/${path}/${id}/relationships/${name}`, related: `/v1/${path}/${id}/${name}` }, jsonapi: { version: "1.1" } },
    });

    expect(await send(trackEventLinks.PATCH, "PATCH", `/v1/tracks/${row.id}/relationships/event`, row.id, eventOf)).toEqual(
      linkageOf("tracks", row.id, "event", eventOf.data),
    );
    expect(await send(ticketEventLinks.PATCH, "PATCH", `/v1/tickets/${ticket.id}/relationships/event`, ticket.id, eventOf, ownerToken)).toEqual(
      linkageOf("tickets", ticket.id, "event", eventOf.data),
    );
    expect(await send(trackEventLinks.PATCH, "PATCH", `/v1/tracks/${row.id}/relationships/event`, row.id, elsewhere)).toEqual(
      failure(422, [`The event of this track cannot be changed: only its current event (${writes.id}) may be named`, "/data/id"]),
    );
    expect(await send(trackEventLinks.DELETE, "DELETE", `/v1/tracks/${row.id}/relationships/event`, row.id, undefined)).toEqual(
      failure(422, ["The event of this track cannot be removed", "/data"]),
    );
    expect((await send(trackEventLinks.PATCH, "PATCH", `/v1/tracks/${row.id}/relationships/event`, row.id, eventOf, strangerToken)).status).toBe(404);
    expect((await db.track.findUniqueOrThrow({ where: { id: row.id } })).eventId).toBe(writes.id);

    const callOf = { data: { type: "speakers-call", id: String(call.id) } };
    expect(await send(eventCallLinks.PATCH, "PATCH", `/v1/events/${writes.id}/relationships/speakers-call`, writes.id, callOf)).toEqual(
      linkageOf("events", writes.id, "speakers-call", callOf.data),
    );
    expect(await send(eventCallLinks.POST, "POST", `/v1/events/${writes.id}/relationships/speakers-call`, writes.id, { data: { type: "speakers-call", id: "2147483647" } })).toEqual(
      failure(422, [`The speakers-call of this event cannot be changed: only its current speakers-call (${call.id}) may be named`, "/data/id"]),
    );
    expect(await send(eventCallLinks.DELETE, "DELETE", `/v1/events/${writes.id}/relationships/speakers-call`, writes.id, undefined, strangerToken)).toEqual(
      failure(403, "You may not change this event"),
    );
  });
});
