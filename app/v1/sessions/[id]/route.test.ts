import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { DELETED, failure, onePage, params, read, request, single } from "@/lib/testing/api";
import { db } from "@/lib/db";
import type { Event, Microlocation, Session, SessionType, Speaker, Track } from "@/lib/generated/prisma/client";
import {
  linked,
  microlocationObject,
  ref,
  sessionObject,
  sessionsCast,
  sessionTypeObject,
  speakerObject,
  trackObject,
  type CastMember,
} from "@/lib/testing/session-documents";
import {
  addRole,
  createEvent,
  createSession,
  createSpeaker,
  createTrack,
  createUser,
  type CreateSessionInput,
} from "@/prisma/factories";
import * as eventSessions from "../../events/[id]/sessions/route";
import * as speakerSessions from "../../speakers/[id]/sessions/route";
import * as linkage from "./relationships/speakers/route";
import { DELETE, GET, PATCH } from "./route";
import * as related from "./speakers/route";

/**
 * `/v1/sessions/{id}` and its speakers: reading per audience, the state machine, locking, the
 * schedule rules, deletion, the related collections and the `speakers` relationship endpoint.
 */

const HOUR = 3600_000;
let event: Event;
let track: Track;
let otherTrack: Track;
let room: Microlocation;
let type: SessionType;
let priya: Speaker;
let ben: Speaker;
let speakerUser: { id: number };
let tokens: Record<CastMember, string>;

beforeAll(async () => {
  ({ event, track, room, type, priya, ben, speakerUser, tokens } = await sessionsCast({
    priya: { mobile: "+65 8000 0000" },
    ben: { mobile: "+65 8000 0001" },
  }));
  // Sessions of this track or without one are not the track organizer's.
  otherTrack = await createTrack({ event });
});

/** A session of the event in which Priya (the speaker user) speaks. */
const priyas = (overrides: Partial<CreateSessionInput> = {}) => createSession({ event, speakers: [priya], startsAt: null, ...overrides });
const reload = (session: Session) => db.session.findUniqueOrThrow({ where: { id: session.id } });
const at = (hours: number) => new Date(event.startsAt.getTime() + hours * HOUR).toISOString();

const get = async (session: Session | number, token?: string, query = "") => {
  const id = typeof session === "number" ? session : session.id;
  return read(await GET(request("GET", `/v1/sessions/${id}${query}`, { token }), params({ id })));
};
const patch = async (session: Session, attributes: Record<string, unknown>, token?: string, extra: Record<string, unknown> = {}) =>
  read(
    await PATCH(
      request("PATCH", `/v1/sessions/${session.id}`, { token, body: { data: { type: "session", id: String(session.id), attributes, ...extra } } }),
      params({ id: session.id }),
    ),
  );
const self = (session: Session) => `/v1/sessions/${session.id}`;
const NOT_FOUND = failure(404, "Session not found");

describe("GET /v1/sessions/{id}", () => {
  it("answers public sessions to anyone and hidden ones with 404", async () => {
    // In the track organizer's track, so that they see both whole.
    const accepted = await priyas({ comments: "internal", complexFieldValues: { a: 1 }, track });
    const pending = await priyas({ state: "pending", track });
    for (const token of [undefined, tokens.stranger, tokens.otherOrganizer]) {
      expect(await get(accepted, token)).toEqual({ status: 200, body: single(sessionObject(accepted, "public"), self(accepted)) });
      expect(await get(pending, token)).toEqual(NOT_FOUND);
    }
    for (const token of [tokens.speaker, tokens.organizer, tokens.trackOrganizer, tokens.moderator, tokens.admin]) {
      expect(await get(pending, token)).toEqual({ status: 200, body: single(sessionObject(pending, "full"), self(pending)) });
      expect(await get(accepted, token)).toEqual({ status: 200, body: single(sessionObject(accepted, "full"), self(accepted)) });
    }
    expect(await get(999_999)).toEqual(NOT_FOUND);
    expect(await read(await GET(request("GET", "/v1/sessions/abc"), params({ id: "abc" })))).toEqual(NOT_FOUND);
  });

  it("answers 404 for every session of a draft event to another event's organizer", async () => {
    const draftEvent = await createEvent({ state: "draft", schedulePublishedOn: new Date() });
    const session = await createSession({ event: draftEvent });
    expect(await get(session, tokens.otherOrganizer)).toEqual(NOT_FOUND);
    expect(await get(session)).toEqual(NOT_FOUND);
    expect((await get(session, tokens.admin)).status).toBe(200);
  });

  it("includes session type, speakers, track and room", async () => {
    const session = await createSession({ event, track, microlocation: room, sessionType: type, speakers: [priya, ben] });
    const query = "?include=session-type,speakers,track,microlocation";
    const relationships = {
      track: linked("sessions", session.id, "track", ref("track", track)),
      microlocation: linked("sessions", session.id, "microlocation", ref("microlocation", room)),
      "session-type": linked("sessions", session.id, "session-type", ref("session-type", type)),
      speakers: linked("sessions", session.id, "speakers", [ref("speaker", ben), ref("speaker", priya)]),
    };
    expect(await get(session, undefined, query)).toEqual({
      status: 200,
      body: single(sessionObject(session, "public", relationships), self(session), [
        sessionTypeObject(type),
        speakerObject(ben, "public"),
        speakerObject(priya, "public"),
        trackObject(track),
        microlocationObject(room),
      ]),
    });
    // The speaker sees their own profile whole, their co-speaker's public part only.
    expect((await get(session, tokens.speaker, query)).body.included).toEqual([
      sessionTypeObject(type),
      speakerObject(ben, "public"),
      speakerObject(priya, "full"),
      trackObject(track),
      microlocationObject(room),
    ]);
    expect((await get(session, tokens.organizer, "?include=speakers")).body.included).toEqual([speakerObject(ben, "full"), speakerObject(priya, "full")]);
  });

  it("includes a speaker's sessions through the join table, scoped to what the caller sees", async () => {
    const accepted = await priyas({ title: "Visible" });
    const rejected = await priyas({ state: "rejected", title: "Hidden" });
    const { body } = await get(accepted, undefined, "?include=speakers.sessions");
    const speakers = body.included as { id: string; relationships: { sessions: { data: unknown[] } } }[];
    const sessionsOfPriya = speakers.find((item) => item.id === String(priya.id))?.relationships.sessions.data as { id: string }[];
    expect(sessionsOfPriya.map((item) => item.id)).toContain(String(accepted.id));
    expect(sessionsOfPriya.map((item) => item.id)).not.toContain(String(rejected.id));
  });
});

describe("PATCH /v1/sessions/{id}", () => {
  it("lets the speaker edit their own proposal and answers the whole document", async () => {
    const session = await priyas({ state: "draft", submittedAt: null });
    const response = await patch(session, { title: "Better title", "short-abstract": "Now with a plan" }, tokens.speaker);
    const stored = await reload(session);
    expect([stored.title, stored.shortAbstract, stored.lastModifiedAt > session.lastModifiedAt]).toEqual(["Better title", "Now with a plan", true]);
    expect(response).toEqual({ status: 200, body: single(sessionObject(stored, "full"), self(session)) });
  });

  it("submits (stamping submitted-at) and withdraws for the speaker", async () => {
    const session = await priyas({ state: "draft", submittedAt: null });
    expect((await patch(session, { state: "pending" }, tokens.speaker)).status).toBe(200);
    const submitted = await reload(session);
    expect([submitted.state, submitted.submittedAt instanceof Date]).toEqual(["pending", true]);
    expect((await patch(session, { state: "withdrawn" }, tokens.speaker)).status).toBe(200);
    expect((await reload(session)).state).toBe("withdrawn");
  });

  const valid: [string, string, string, keyof typeof tokens][] = [
    ["pending", "accepted", "accept", "organizer"],
    ["pending", "rejected", "reject", "organizer"],
    ["accepted", "rejected", "reject", "trackOrganizer"],
    ["accepted", "confirmed", "confirm", "organizer"],
    ["confirmed", "canceled", "cancel", "organizer"],
    ["accepted", "canceled", "cancel", "admin"],
    ["rejected", "pending", "reopen", "trackOrganizer"],
    ["pending", "accepted", "accept", "trackOrganizer"],
    ["confirmed", "withdrawn", "withdraw", "speaker"],
  ];
  it.each(valid)("moves %s → %s (%s) for the %s", async (from, to, _, who) => {
    // In the track organizer's track (the next describe covers other tracks).
    const session = await priyas({ state: from as Session["state"], track });
    const { status } = await patch(session, { state: to }, tokens[who]);
    expect([status, (await reload(session)).state]).toEqual([200, to]);
  });

  const impossible: [string, string][] = [
    ["rejected", "confirmed"],
    ["draft", "accepted"],
    ["withdrawn", "accepted"],
    ["canceled", "confirmed"],
    ["pending", "draft"],
  ];
  it.each(impossible)("refuses %s → %s with 422 naming the transition", async (from, to) => {
    const session = await priyas({ state: from as Session["state"] });
    expect(await patch(session, { state: to }, tokens.organizer)).toEqual(
      failure(422, [`Cannot change a session from ${from} to ${to}`, "/data/attributes/state"]),
    );
    expect((await reload(session)).state).toBe(from);
  });

  const notYours: [string, string, keyof typeof tokens][] = [
    ["pending", "accepted", "speaker"],
    ["accepted", "confirmed", "speaker"],
    ["accepted", "confirmed", "trackOrganizer"],
    ["accepted", "withdrawn", "trackOrganizer"],
  ];
  it.each(notYours)("forbids %s → %s to the %s", async (from, to, who) => {
    const session = await priyas({ state: from as Session["state"], track });
    expect(await patch(session, { state: to }, tokens[who])).toEqual(
      failure(403, [`You may not change a session from ${from} to ${to}`, "/data/attributes/state"]),
    );
    expect((await reload(session)).state).toBe(from);
  });

  it("keeps speakers out of organizer fields and locked sessions", async () => {
    const session = await priyas({ state: "pending" });
    expect(await patch(session, { "is-locked": true }, tokens.speaker)).toEqual(failure(403, ["Only organizers can change is-locked", "/data/attributes/is-locked"]));
    expect(await patch(session, { "starts-at": at(1), "ends-at": at(2) }, tokens.speaker)).toEqual(
      failure(403, ["Only organizers can change starts-at", "/data/attributes/starts-at"]),
    );
    expect(await patch(session, { comments: "Me" }, tokens.speaker)).toEqual(failure(403, ["Only organizers can change comments", "/data/attributes/comments"]));
    expect((await patch(session, { "is-locked": true }, tokens.organizer)).status).toBe(200);
    const locked = await reload(session);
    const lockedDetail = "This session is locked; only organizers can change it";
    expect(await patch(session, { title: "Sneaky" }, tokens.speaker)).toEqual(failure(403, lockedDetail));
    expect(await patch(session, { state: "withdrawn" }, tokens.speaker)).toEqual(failure(403, lockedDetail));
    // Sending back unchanged values (as Ember Data does) is no change.
    expect((await patch(session, { title: locked.title, "is-locked": true }, tokens.speaker)).status).toBe(200);
    expect((await patch(session, { title: "Organizer's title" }, tokens.organizer)).status).toBe(200);
    expect((await reload(session)).title).toBe("Organizer's title");
  });

  it("limits reviewers to the decision and comments and refuses moderators", async () => {
    const session = await priyas({ state: "pending", track });
    expect((await patch(session, { comments: "Nice", state: "accepted" }, tokens.trackOrganizer)).status).toBe(200);
    expect(await patch(session, { title: "X" }, tokens.trackOrganizer)).toEqual(failure(403, ["Only organizers can change title", "/data/attributes/title"]));
    expect(await patch(session, { title: "X" }, tokens.moderator)).toEqual(failure(403, "You may not change this session"));
    expect(await patch(session, { title: "X" })).toEqual(failure(403, "You may not change this session"));
    expect(await patch(session, { title: "X" }, tokens.stranger)).toEqual(failure(403, "You may not change this session"));
  });

  it("answers 404 to another event's organizer for a hidden session", async () => {
    const session = await priyas({ state: "pending" });
    expect(await patch(session, { title: "X" }, tokens.otherOrganizer)).toEqual(NOT_FOUND);
    expect((await reload(session)).title).toBe(session.title);
  });

  it("applies the schedule rules to organizers", async () => {
    const session = await priyas();
    expect(await patch(session, { "starts-at": at(2), "ends-at": at(1) }, tokens.organizer)).toEqual(failure(422, ["Must be after the start", "/data/attributes/ends-at"]));
    expect(await patch(session, { "starts-at": at(2) }, tokens.organizer)).toEqual(failure(422, ["A session with a start needs an end", "/data/attributes/ends-at"]));
    expect(await patch(session, { "starts-at": at(-3), "ends-at": at(-2) }, tokens.organizer)).toEqual(
      failure(422, [`Must not be before the event starts (${event.startsAt.toISOString()})`, "/data/attributes/starts-at"]),
    );
    const { status, body } = await patch(session, { "starts-at": at(2), "ends-at": at(3) }, tokens.organizer, {
      relationships: { microlocation: { data: { type: "microlocation", id: String(room.id) } } },
    });
    expect(status).toBe(200);
    expect((body.data as { attributes: Record<string, unknown> }).attributes["starts-at"]).toBe(at(2));
    // The stored start is merged with a new end.
    expect(await patch(session, { "ends-at": at(1) }, tokens.organizer)).toEqual(failure(422, ["Must be after the start", "/data/attributes/ends-at"]));
    expect((await reload(session)).microlocationId).toBe(room.id);
  });

  it("answers 409 when data.id names another session", async () => {
    const session = await priyas();
    const response = await PATCH(
      request("PATCH", `/v1/sessions/${session.id}`, { token: tokens.organizer, body: { data: { type: "session", id: "1", attributes: { title: "X" } } } }),
      params({ id: session.id }),
    );
    expect(await read(response)).toEqual(failure(409, ["data.id does not match the session in the URL", "/data/id"]));
  });
});

describe("track organizers", () => {
  it("see the sessions of their track whole, and others' as the public does (404 when hidden)", async () => {
    const ours = await priyas({ state: "pending", track, comments: "Needs a demo" });
    const theirs = await priyas({ state: "pending", track: otherTrack });
    const trackless = await priyas({ state: "pending" });
    const publicOfTheirs = await priyas({ track: otherTrack, comments: "internal" });
    expect(await get(ours, tokens.trackOrganizer)).toEqual({ status: 200, body: single(sessionObject(ours, "full"), self(ours)) });
    // Exactly what another event's organizer gets for these ids.
    for (const token of [tokens.trackOrganizer, tokens.otherOrganizer]) {
      expect(await get(theirs, token)).toEqual(NOT_FOUND);
      expect(await get(trackless, token)).toEqual(NOT_FOUND);
      expect(await get(publicOfTheirs, token)).toEqual({ status: 200, body: single(sessionObject(publicOfTheirs, "public"), self(publicOfTheirs)) });
    }
    // The event's organizer still sees all of them whole.
    for (const session of [ours, theirs, trackless, publicOfTheirs]) {
      expect(await get(session, tokens.organizer)).toEqual({ status: 200, body: single(sessionObject(session, "full"), self(session)) });
    }
  });

  it("accept a pending session of their track and get 404 for one of another track or of none", async () => {
    const ours = await priyas({ state: "pending", track });
    const theirs = await priyas({ state: "pending", track: otherTrack });
    const trackless = await priyas({ state: "pending" });
    const response = await patch(ours, { state: "accepted", comments: "Welcome aboard" }, tokens.trackOrganizer);
    const stored = await reload(ours);
    expect([stored.state, stored.comments]).toEqual(["accepted", "Welcome aboard"]);
    expect(response).toEqual({ status: 200, body: single(sessionObject(stored, "full"), self(ours)) });
    for (const session of [theirs, trackless]) {
      expect(await patch(session, { state: "accepted" }, tokens.trackOrganizer)).toEqual(NOT_FOUND);
      expect(await patch(session, { comments: "Mine now" }, tokens.trackOrganizer)).toEqual(NOT_FOUND);
      expect(await reload(session)).toEqual(session);
    }
  });

  it("do not decide on a public session of another track, which they can only read", async () => {
    const publicOfTheirs = await priyas({ track: otherTrack });
    expect(await patch(publicOfTheirs, { state: "rejected" }, tokens.trackOrganizer)).toEqual(failure(403, "You may not change this session"));
    expect(await patch(publicOfTheirs, { comments: "No" }, tokens.trackOrganizer)).toEqual(failure(403, "You may not change this session"));
    expect(await reload(publicOfTheirs)).toEqual(publicOfTheirs);
  });

  it("lose the sessions of their track with their role", async () => {
    const user = await createUser();
    const token = await signApiToken(user);
    const entry = await addRole(user, event, "track_organizer", { tracks: [otherTrack] });
    const session = await priyas({ state: "pending", track: otherTrack });
    expect((await get(session, token)).status).toBe(200);
    await db.usersEventsRoles.update({ where: { id: entry.id }, data: { deletedAt: new Date() } });
    expect(await get(session, token)).toEqual(NOT_FOUND);
    expect(await patch(session, { state: "accepted" }, token)).toEqual(NOT_FOUND);
    expect((await reload(session)).state).toBe("pending");
  });

  it("see the sessions of their track among a speaker's, and no others", async () => {
    const solo = await createSpeaker({ event, name: "Solo" });
    const ours = await createSession({ event, speakers: [solo], track, state: "pending", title: "Ours" });
    await createSession({ event, speakers: [solo], track: otherTrack, state: "pending", title: "Theirs" });
    const path = `/v1/speakers/${solo.id}/sessions`;
    const call = async (token?: string) => read(await speakerSessions.GET(request("GET", path, { token }), params({ id: solo.id })));
    expect(await call(tokens.trackOrganizer)).toEqual({ status: 200, body: onePage(path, [sessionObject(ours, "full")]) });
    expect(((await call(tokens.organizer)).body.data as unknown[]).length).toBe(2);
  });
});

describe("DELETE /v1/sessions/{id}", () => {
  const remove = async (session: Session, token?: string) => read(await DELETE(request("DELETE", self(session), { token }), params({ id: session.id })));

  it("soft-deletes for organizers; afterwards the session is 404", async () => {
    const session = await priyas();
    expect(await remove(session, tokens.organizer)).toEqual(DELETED);
    expect((await reload(session)).deletedAt).toBeInstanceOf(Date);
    expect(await get(session, tokens.organizer)).toEqual(NOT_FOUND);
  });

  it("lets a speaker delete their own draft only", async () => {
    const draft = await priyas({ state: "draft" });
    const pending = await priyas({ state: "pending" });
    expect(await remove(pending, tokens.speaker)).toEqual(failure(403, "You may not delete this session"));
    expect(await remove(draft, tokens.speaker)).toEqual(DELETED);
  });

  it("refuses everyone else", async () => {
    const accepted = await priyas();
    const pending = await priyas({ state: "pending" });
    for (const token of [undefined, tokens.stranger, tokens.moderator, tokens.trackOrganizer]) {
      expect(await remove(accepted, token)).toEqual(failure(403, "You may not delete this session"));
    }
    expect(await remove(pending, tokens.otherOrganizer)).toEqual(NOT_FOUND);
    expect((await reload(accepted)).deletedAt).toBeNull();
  });
});

describe("related collections", () => {
  it("lists a session's speakers per audience", async () => {
    const session = await createSession({ event, speakers: [priya, ben] });
    const path = `/v1/sessions/${session.id}/speakers`;
    const call = async (token?: string) => read(await related.GET(request("GET", path, { token }), params({ id: session.id })));
    expect(await call()).toEqual({ status: 200, body: onePage(path, [speakerObject(ben, "public"), speakerObject(priya, "public")]) });
    expect(await call(tokens.speaker)).toEqual({ status: 200, body: onePage(path, [speakerObject(ben, "public"), speakerObject(priya, "full")]) });
    expect(await call(tokens.organizer)).toEqual({ status: 200, body: onePage(path, [speakerObject(ben, "full"), speakerObject(priya, "full")]) });
    const hidden = await createSession({ event, state: "pending", speakers: [ben] });
    expect(await read(await related.GET(request("GET", `/v1/sessions/${hidden.id}/speakers`), params({ id: hidden.id })))).toEqual(NOT_FOUND);
  });

  it("lists a speaker's sessions per audience", async () => {
    const other = await createEvent({ schedulePublishedOn: new Date() });
    const solo = await createSpeaker({ event: other });
    const shown = await createSession({ event: other, speakers: [solo], title: "Shown" });
    const hidden = await createSession({ event: other, speakers: [solo], state: "rejected", title: "Hidden" });
    const path = `/v1/speakers/${solo.id}/sessions`;
    const call = async (token?: string) => read(await speakerSessions.GET(request("GET", path, { token }), params({ id: solo.id })));
    expect(await call()).toEqual({ status: 200, body: onePage(path, [sessionObject(shown, "public")]) });
    expect(await call(tokens.admin)).toEqual({ status: 200, body: onePage(path, [sessionObject(hidden, "full"), sessionObject(shown, "full")]) });
  });
});

describe("/v1/sessions/{id}/relationships/speakers", () => {
  const linkageBody = (...speakers: Speaker[]) => ({ data: speakers.map((speaker) => ({ type: "speaker", id: String(speaker.id) })) });
  const call = async (method: "GET" | "PATCH" | "POST" | "DELETE", session: Session, token?: string, body?: unknown) => {
    const handler = linkage[method];
    return read(await handler(request(method, `/v1/sessions/${session.id}/relationships/speakers`, { token, body }), params({ id: session.id })));
  };
  const document = (session: Session, ...speakers: Speaker[]) => ({
    status: 200,
    body: {
      data: speakers.map((speaker) => ({ type: "speaker", id: String(speaker.id) })),
      links: { self: `/v1/sessions/${session.id}/relationships/speakers`, related: `/v1/sessions/${session.id}/speakers` },
      jsonapi: { version: "1.1" },
    },
  });

  it("reads, replaces, adds and removes speakers for organizers", async () => {
    const session = await createSession({ event, speakers: [priya] });
    expect(await call("GET", session)).toEqual(document(session, priya));
    expect(await call("PATCH", session, tokens.organizer, linkageBody(ben))).toEqual(document(session, ben));
    expect(await call("POST", session, tokens.organizer, linkageBody(priya, ben))).toEqual(document(session, ben, priya));
    expect(await call("DELETE", session, tokens.organizer, linkageBody(ben))).toEqual(document(session, priya));
    expect(await call("PATCH", session, tokens.organizer, { data: [] })).toEqual(document(session));
  });

  it("refuses speakers of another event and malformed linkage", async () => {
    const session = await createSession({ event, speakers: [priya] });
    const foreign = await createSpeaker({ event: await createEvent() });
    expect(await call("PATCH", session, tokens.organizer, linkageBody(ben, foreign))).toEqual(
      failure(422, [`Speaker ${foreign.id} does not belong to this event`, "/data/1/id"]),
    );
    expect(await call("POST", session, tokens.organizer, { data: [{ type: "track", id: "1" }] })).toEqual(failure(422, ['Expected type "speaker"', "/data/0/type"]));
    expect(await call("POST", session, tokens.organizer, { data: { type: "speaker", id: "1" } })).toEqual(
      failure(422, ["Invalid input: expected array, received object", "/data"]),
    );
    expect(await call("GET", session)).toEqual(document(session, priya));
  });

  it("lets a speaker manage their own unlocked session only", async () => {
    const own = await priyas({ state: "draft" });
    // Ben's profile is not Priya's to put on her session (see the describe below).
    expect(await call("POST", own, tokens.speaker, linkageBody(ben))).toEqual(failure(422, [ADD_OWN_ONLY, "/data/0/id"]));
    expect(await call("POST", own, tokens.organizer, linkageBody(ben))).toEqual(document(own, ben, priya));
    await db.session.update({ where: { id: own.id }, data: { isLocked: true } });
    expect(await call("DELETE", own, tokens.speaker, linkageBody(ben))).toEqual(failure(403, "This session is locked; only organizers can change it"));
    const public_ = await createSession({ event, speakers: [ben] });
    for (const token of [undefined, tokens.stranger, tokens.moderator]) {
      expect(await call("POST", public_, token, linkageBody(priya))).toEqual(failure(403, "You may not change the speakers of this session"));
    }
    const hidden = await createSession({ event, state: "pending", speakers: [ben] });
    expect(await call("POST", hidden, tokens.otherOrganizer, linkageBody(priya))).toEqual(NOT_FOUND);
    expect(await call("GET", hidden, tokens.otherOrganizer)).toEqual(NOT_FOUND);
  });
});

const ADD_OWN_ONLY = "You can only add your own speaker profile; organizers add other speakers";
const REMOVE_OWN_ONLY = "You can only remove your own speaker profile; organizers remove other speakers";

describe("speaker profiles a speaker may put on their session", () => {
  const linkageBody = (...speakers: (Speaker | number)[]) => ({
    data: speakers.map((speaker) => ({ type: "speaker", id: String(typeof speaker === "number" ? speaker : speaker.id) })),
  });
  const call = async (method: "PATCH" | "POST" | "DELETE", session: Session, token: string, body: unknown) =>
    read(await linkage[method](request(method, `/v1/sessions/${session.id}/relationships/speakers`, { token, body }), params({ id: session.id })));
  const linkedTo = async (session: Session) =>
    (await db.sessionSpeaker.findMany({ where: { sessionId: session.id }, orderBy: { speakerId: "asc" } })).map((row) => row.speakerId);
  const document = (session: Session, ...speakers: Speaker[]) => ({
    status: 200,
    body: {
      data: speakers.map((speaker) => ({ type: "speaker", id: String(speaker.id) })),
      links: { self: `/v1/sessions/${session.id}/relationships/speakers`, related: `/v1/sessions/${session.id}/speakers` },
      jsonapi: { version: "1.1" },
    },
  });
  /** Priya's second profile in the event (a speaker may have several, e.g. under another name). */
  let priyaToo: Speaker;
  beforeAll(async () => {
    priyaToo = await createSpeaker({ event, name: "Priya Too", user: speakerUser });
  });

  it("refuses another speaker's profile, public or hidden or missing, through the relationship endpoint, and changes nothing", async () => {
    // Ben speaks in a public session, so his profile is public; it is still not Priya's.
    await createSession({ event, speakers: [ben] });
    const hidden = await createSpeaker({ event, name: "Hidden" });
    const own = await priyas({ state: "pending" });
    const before = await reload(own);
    for (const method of ["POST", "PATCH"] as const) {
      expect(await call(method, own, tokens.speaker, linkageBody(priya, ben))).toEqual(failure(422, [ADD_OWN_ONLY, "/data/1/id"]));
      // A profile they cannot see and one that does not exist get the same answer: existence is not revealed.
      expect(await call(method, own, tokens.speaker, linkageBody(hidden))).toEqual(failure(422, [ADD_OWN_ONLY, "/data/0/id"]));
      expect(await call(method, own, tokens.speaker, linkageBody(2_147_483_000))).toEqual(failure(422, [ADD_OWN_ONLY, "/data/0/id"]));
    }
    expect([await linkedTo(own), await reload(own)]).toEqual([[priya.id], before]);
  });

  it("refuses removing a speaker an organizer added, in a list or by leaving them out", async () => {
    const own = await priyas({ state: "draft" });
    await db.sessionSpeaker.create({ data: { sessionId: own.id, speakerId: ben.id } });
    expect(await call("DELETE", own, tokens.speaker, linkageBody(ben))).toEqual(failure(422, [REMOVE_OWN_ONLY, "/data/0/id"]));
    expect(await call("PATCH", own, tokens.speaker, linkageBody(priya))).toEqual(failure(422, [REMOVE_OWN_ONLY, "/data"]));
    // Sending the list back as it is changes nothing and is no offence.
    expect(await call("PATCH", own, tokens.speaker, linkageBody(ben, priya))).toEqual(document(own, ben, priya));
    expect(await linkedTo(own)).toEqual([priya.id, ben.id].sort((a, b) => a - b));
  });

  it("lets a speaker link and unlink their own profiles while the session is not on the schedule", async () => {
    const own = await priyas({ state: "pending" });
    expect(await call("POST", own, tokens.speaker, linkageBody(priyaToo))).toEqual(document(own, priya, priyaToo));
    expect(await call("PATCH", own, tokens.speaker, linkageBody(priyaToo))).toEqual(document(own, priyaToo));
    expect(await call("DELETE", own, tokens.speaker, linkageBody(priyaToo))).toEqual(document(own));
    // The creator of a session without speakers may put their own profile on it.
    const created = await createSession({ event, state: "draft", creatorId: speakerUser.id, startsAt: null });
    expect(await call("PATCH", created, tokens.speaker, linkageBody(priya))).toEqual(document(created, priya));
  });

  it("keeps the speakers of accepted and confirmed sessions to organizers", async () => {
    for (const state of ["accepted", "confirmed"] as const) {
      const scheduled = await priyas({ state });
      const refused = failure(403, [`Only organizers can change the speakers of ${state === "accepted" ? "an" : "a"} ${state} session`, "/data"]);
      expect(await call("POST", scheduled, tokens.speaker, linkageBody(priyaToo))).toEqual(refused);
      expect(await call("DELETE", scheduled, tokens.speaker, linkageBody(priya))).toEqual(refused);
      expect(await call("PATCH", scheduled, tokens.speaker, linkageBody(priya))).toEqual(document(scheduled, priya));
      expect(await linkedTo(scheduled)).toEqual([priya.id]);
      // An organizer links anyone of the event.
      expect(await call("PATCH", scheduled, tokens.organizer, linkageBody(ben, priyaToo))).toEqual(document(scheduled, ben, priyaToo));
    }
  });

  it("takes no speakers in a session document: 422 at /data/relationships/speakers, and nothing is created or changed", async () => {
    const speakers = { speakers: { data: [{ type: "speaker", id: String(ben.id) }] } };
    const count = await db.session.count();
    const created = await eventSessions.POST(
      request("POST", `/v1/events/${event.id}/sessions`, {
        token: tokens.speaker,
        body: { data: { type: "session", attributes: { title: "Mine", state: "pending" }, relationships: speakers } },
      }),
      params({ id: event.id }),
    );
    const notHere = failure(422, ['Relationship "speakers" cannot be set here', "/data/relationships/speakers"]);
    expect(await read(created)).toEqual(notHere);
    expect(await db.session.count()).toBe(count);
    const own = await priyas({ state: "draft" });
    expect(await patch(own, { title: "Renamed" }, tokens.speaker, { relationships: speakers })).toEqual(notHere);
    expect([await linkedTo(own), (await reload(own)).title]).toEqual([[priya.id], own.title]);
  });

  it("keeps what the public schedule shows of an accepted or confirmed session to organizers", async () => {
    const scheduled = await priyas({ state: "confirmed" });
    for (const [member, value] of [
      ["title", "Renamed"],
      ["short-abstract", "Changed"],
      ["slides-url", "https://example.com/slides"],
    ] as const) {
      expect(await patch(scheduled, { [member]: value }, tokens.speaker)).toEqual(
        failure(403, [`Only organizers can change ${member} of a confirmed session`, `/data/attributes/${member}`]),
      );
    }
    expect(await patch(scheduled, {}, tokens.speaker, { relationships: { track: { data: { type: "track", id: String(track.id) } } } })).toEqual(
      failure(403, ["Only organizers can change track of a confirmed session", "/data/relationships/track"]),
    );
    expect(await reload(scheduled)).toEqual(scheduled);
    // Custom-form answers are never public; withdrawing is the speaker's decision.
    expect((await patch(scheduled, { "complex-field-values": { tshirt: "M" } }, tokens.speaker)).status).toBe(200);
    expect((await patch(scheduled, { state: "withdrawn" }, tokens.speaker)).status).toBe(200);
    expect(await reload(scheduled)).toMatchObject({ title: scheduled.title, state: "withdrawn", complexFieldValues: { tshirt: "M" } });
  });
});
