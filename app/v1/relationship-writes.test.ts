import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { db } from "@/lib/db";
import type { Event, Track } from "@/lib/generated/prisma/client";
import { params, read, request } from "@/lib/testing/api";
import { addRole, createEvent, createEventType, createSession, createTrack, createUser } from "@/prisma/factories";
import * as typeEventLinks from "./event-types/[id]/relationships/events/route";
import * as typeEvents from "./event-types/[id]/events/route";
import * as eventTracks from "./events/[id]/relationships/tracks/route";
import * as sessionTrack from "./sessions/[id]/relationships/track/route";
import * as trackSessions from "./tracks/[id]/relationships/sessions/route";

/**
 * POST (add), PATCH (replace) and DELETE (remove) on to-many relationship endpoints, as Open
 * Event's clients send them: a track's sessions are written through each session's own update
 * (its rules and permissions), and a request refused for one entry changes nothing.
 */

let event: Event;
let track: Track;
let organizerToken: string;
let strangerToken: string;

beforeAll(async () => {
  const owner = await createUser();
  const organizer = await createUser();
  const stranger = await createUser();
  event = await createEvent({ owner });
  await addRole(organizer, event, "organizer");
  await addRole(stranger, await createEvent(), "organizer");
  track = await createTrack({ event, name: "Web" });
  [organizerToken, strangerToken] = await Promise.all([signApiToken(organizer), signApiToken(stranger)]);
});

type Handler = (request: Request, context: never) => Promise<Response>;
const linkage = (type: string, ids: number[]) => ({ data: ids.map((id) => ({ type, id: String(id) })) });

async function send(handler: Handler, method: string, path: string, id: number, body: unknown, token = organizerToken) {
  return read(await handler(request(method, path, { token, body }), params({ id }) as never));
}

const trackIdOf = async (sessionId: number) => (await db.session.findUniqueOrThrow({ where: { id: sessionId } })).trackId;
const ids = (body: Record<string, unknown>) => (body.data as { id: string }[]).map((item) => Number(item.id)).sort((a, b) => a - b);

describe("/v1/tracks/{id}/relationships/sessions", () => {
  it("adds with POST, replaces with PATCH and removes with DELETE, answering the linkage each time", async () => {
    const [first, second] = [await createSession({ event }), await createSession({ event })];
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
    const mine = await createSession({ event });
    const foreign = await createSession({ event: await createEvent() });
    const refused = await send(trackSessions.POST, "POST", `/v1/tracks/${track.id}/relationships/sessions`, track.id, linkage("session", [mine.id, foreign.id]));
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([expect.objectContaining({ source: { pointer: "/data/1" } })]);
    expect([await trackIdOf(mine.id), await trackIdOf(foreign.id)]).toEqual([null, null]);
  });

  it("refuses a malformed document at its pointer, and callers outside the event", async () => {
    const session = await createSession({ event });
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
    const path = `/v1/events/${event.id}/relationships/tracks`;
    const current = await db.track.findMany({ where: { eventId: event.id, deletedAt: null }, select: { id: true } });
    const same = await send(eventTracks.PATCH, "PATCH", path, event.id, linkage("track", current.map((row) => row.id)));
    expect([same.status, ids(same.body)]).toEqual([200, current.map((row) => row.id).sort((a, b) => a - b)]);

    const other = await createTrack({ event: await createEvent(), name: "Elsewhere" });
    const moved = await send(eventTracks.POST, "POST", path, event.id, linkage("track", [track.id, other.id]));
    expect([moved.status, (moved.body.errors as { source: unknown }[])[0]!.source]).toEqual([422, { pointer: "/data/1" }]);
    const taken = await send(eventTracks.DELETE, "DELETE", path, event.id, linkage("track", [track.id]));
    expect([taken.status, (taken.body.errors as { source: unknown }[])[0]!.source]).toEqual([422, { pointer: "/data/0" }]);
    expect((await db.track.findUniqueOrThrow({ where: { id: other.id } })).eventId).toBe(other.eventId);
    expect((await db.track.findUniqueOrThrow({ where: { id: track.id } })).eventId).toBe(event.id);
  });
});

describe("/v1/sessions/{id}/relationships/track (to-one)", () => {
  it("sets with POST as with PATCH, empties with DELETE naming the current track, and leaves another name alone", async () => {
    const session = await createSession({ event });
    const path = `/v1/sessions/${session.id}/relationships/track`;
    const one = (id: number | null) => ({ data: id === null ? null : { type: "track", id: String(id) } });

    const set = await send(sessionTrack.POST, "POST", path, session.id, one(track.id));
    expect([set.status, set.body.data]).toEqual([200, { type: "track", id: String(track.id) }]);
    expect(await trackIdOf(session.id)).toBe(track.id);

    const other = await createTrack({ event, name: "Data" });
    const untouched = await send(sessionTrack.DELETE, "DELETE", path, session.id, one(other.id));
    expect([untouched.status, untouched.body.data]).toEqual([200, { type: "track", id: String(track.id) }]);
    expect(await trackIdOf(session.id)).toBe(track.id);

    const cleared = await send(sessionTrack.DELETE, "DELETE", path, session.id, one(track.id));
    expect([cleared.status, cleared.body.data]).toEqual([200, null]);
    expect(await trackIdOf(session.id)).toBeNull();

    const foreign = await createTrack({ event: await createEvent(), name: "Elsewhere" });
    const refused = await send(sessionTrack.POST, "POST", path, session.id, one(foreign.id));
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
