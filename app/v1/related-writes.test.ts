import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { db } from "@/lib/db";
import type { Event, Session, Track } from "@/lib/generated/prisma/client";
import { relatedRoute } from "@/lib/related/routes";
import { DELETED, failure, params, read, request } from "@/lib/testing/api";
import { addRole, createEvent, createSession, createSessionType, createTrack, createUser } from "@/prisma/factories";
import * as eventItem from "./events/[id]/route";
import * as sessionTrack from "./sessions/[id]/track/route";
import * as sessionType from "./sessions/[id]/session-type/route";
import * as sessionEvent from "./sessions/[id]/event/route";
import * as trackEvent from "./tracks/[id]/event/route";
import * as trackItem from "./tracks/[id]/route";

/**
 * Writes on related-resource paths (`/v1/sessions/{id}/track`, `/v1/tracks/{id}/event`): Open
 * Event serves them with the related resource's detail class, so PATCH and DELETE change the
 * related row exactly as its own endpoint does, with its permissions; a related collection is 405.
 */

let event: Event;
let track: Track;
let session: Session;
let bare: Session;
let ownerToken: string;
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
