import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { failure, onePage, params, read, request, single } from "@/lib/testing/api";
import { db, queryCount } from "@/lib/db";
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
  createMicrolocation,
  createSession,
  createSessionType,
  createSpeaker,
  createTrack,
  createUser,
} from "@/prisma/factories";
import { GET, POST } from "./route";

/**
 * `/v1/events/{id}/sessions`: who sees which sessions (public: accepted and confirmed on a
 * published schedule; speakers: also their own; staff and admins: everything), proposals and
 * organizer-created sessions, and the constant number of queries of a page with includes.
 */

const HOUR = 3600_000;
/**
 * Pinned for a signed-in organizer (see the query-count test): 17 until the list stopped looking
 * the caller's roles up again for the sessions and for the speakers (three queries each).
 */
const ORGANIZER_QUERIES = 11;
let event: Event;
let track: Track;
let room: Microlocation;
let type: SessionType;
let priya: Speaker;
let ben: Speaker;
let accepted: Session;
let confirmed: Session;
let pending: Session;
let draft: Session;
let rejected: Session;
let tokens: Record<CastMember, string>;
let speakerUser: { id: number; email: string };

const path = () => `/v1/events/${event.id}/sessions`;
const list = async (query = "", token?: string, key: string | number = event.id) =>
  read(await GET(request("GET", `/v1/events/${key}/sessions${query}`, { token }), params({ id: key })));

beforeAll(async () => {
  ({ event, track, room, type, priya, ben, speakerUser, tokens } = await sessionsCast({ priya: { complexFieldValues: { tshirt: "M" } } }));
  const at = (hours: number) => new Date(event.startsAt.getTime() + hours * HOUR);
  accepted = await createSession({ event, title: "A", startsAt: at(0), endsAt: at(1), track, microlocation: room, sessionType: type, speakers: [priya, ben] });
  confirmed = await createSession({ event, title: "B", state: "confirmed", startsAt: at(1), endsAt: at(2), speakers: [ben] });
  pending = await createSession({ event, title: "C", state: "pending", startsAt: null, speakers: [priya], creatorId: speakerUser.id });
  draft = await createSession({ event, title: "D", state: "draft", startsAt: null, submittedAt: null, creatorId: speakerUser.id, complexFieldValues: { notes: "x" } });
  rejected = await createSession({ event, title: "E", state: "rejected", startsAt: null, speakers: [ben], comments: "Programme full." });
});

describe("GET /v1/events/{id}/sessions", () => {
  it("shows the public accepted and confirmed sessions only, without comments and form answers", async () => {
    const expected = { status: 200, body: onePage(path(), [sessionObject(accepted, "public"), sessionObject(confirmed, "public")]) };
    expect(await list()).toEqual(expected);
    // Signed in without a role, or organizing another event, changes nothing.
    expect(await list("", tokens.stranger)).toEqual(expected);
    expect(await list("", tokens.otherOrganizer)).toEqual(expected);
    // By identifier too.
    expect((await list("", undefined, event.identifier)).body.data).toEqual(expected.body.data);
  });

  it("adds the speaker's own proposals, whole, to what they see", async () => {
    expect(await list("", tokens.speaker)).toEqual({
      status: 200,
      body: onePage(path(), [
        sessionObject(accepted, "full"), // Priya speaks in it
        sessionObject(confirmed, "public"),
        sessionObject(pending, "full"),
        sessionObject(draft, "full"),
      ]),
    });
  });

  it("shows everything to the event's staff and to admins", async () => {
    const all = onePage(path(), [accepted, confirmed, pending, draft, rejected].map((session) => sessionObject(session, "full")));
    for (const token of [tokens.organizer, tokens.moderator, tokens.admin]) {
      expect(await list("", token)).toEqual({ status: 200, body: all });
    }
  });

  it("shows a track organizer the sessions of their track whole, and the rest as the public sees it", async () => {
    // Only A is in their track; B is public without a track; C, D and E have no track.
    expect(await list("", tokens.trackOrganizer)).toEqual({
      status: 200,
      body: onePage(path(), [sessionObject(accepted, "full"), sessionObject(confirmed, "public")]),
    });
  });

  it("lists a track organizer only their tracks' sessions, in every state, and the organizer all", async () => {
    const owner = await createUser();
    const reviewer = await createUser();
    // An unpublished schedule: nothing is public, so what the reviewer sees is theirs alone.
    const cfp = await createEvent({ owner, schedulePublishedOn: null });
    const [web, data, security] = [await createTrack({ event: cfp }), await createTrack({ event: cfp }), await createTrack({ event: cfp })];
    await addRole(reviewer, cfp, "track_organizer", { tracks: [web, data] });
    const webPending = await createSession({ event: cfp, title: "Web pending", state: "pending", startsAt: null, track: web });
    const dataRejected = await createSession({ event: cfp, title: "Data rejected", state: "rejected", startsAt: null, track: data });
    const securityPending = await createSession({ event: cfp, title: "Security pending", state: "pending", startsAt: null, track: security });
    const trackless = await createSession({ event: cfp, title: "Trackless", state: "pending", startsAt: null });
    const cfpPath = `/v1/events/${cfp.id}/sessions`;
    expect(await list("", await signApiToken(reviewer), cfp.id)).toEqual({
      status: 200,
      body: onePage(cfpPath, [dataRejected, webPending].map((session) => sessionObject(session, "full"))),
    });
    expect(await list("", await signApiToken(owner), cfp.id)).toEqual({
      status: 200,
      body: onePage(cfpPath, [dataRejected, securityPending, trackless, webPending].map((session) => sessionObject(session, "full"))),
    });
    // A filter cannot widen the scope.
    const bySecurityTitle = `?filter=${encodeURIComponent(JSON.stringify([{ name: "title", op: "eq", val: securityPending.title }]))}`;
    expect((await list(bySecurityTitle, await signApiToken(reviewer), cfp.id)).body.meta).toEqual({ count: 0 });
    expect((await list(bySecurityTitle, await signApiToken(owner), cfp.id)).body.meta).toEqual({ count: 1 });
  });

  it("hides every session from the public until the schedule is published", async () => {
    const unpublished = await createEvent({ schedulePublishedOn: null });
    await createSession({ event: unpublished });
    const emptyPage = onePage(`/v1/events/${unpublished.id}/sessions`, []);
    expect(await list("", undefined, unpublished.id)).toEqual({ status: 200, body: emptyPage });
    expect(await list("", tokens.otherOrganizer, unpublished.id)).toEqual({ status: 200, body: emptyPage });
  });

  it("answers 404 for a draft or private event to everyone without a role", async () => {
    const owner = await createUser();
    for (const hidden of [await createEvent({ state: "draft", owner }), await createEvent({ privacy: "private", owner })]) {
      await createSession({ event: hidden });
      for (const token of [undefined, tokens.otherOrganizer, tokens.speaker]) {
        expect(await list("", token, hidden.id)).toEqual(failure(404, "Event not found"));
      }
      const own = await list("", await signApiToken(owner), hidden.id);
      expect([own.status, (own.body.data as unknown[]).length]).toEqual([200, 1]);
    }
    expect(await list("", undefined, "999999")).toEqual(failure(404, "Event not found"));
  });

  it("includes speakers, track, room and session type", async () => {
    const { body } = await list("?include=speakers,track,microlocation,session-type");
    const rels = (session: Session, speakers: Speaker[], withContent: boolean) => ({
      track: linked("sessions", session.id, "track", withContent ? ref("track", track) : null),
      microlocation: linked("sessions", session.id, "microlocation", withContent ? ref("microlocation", room) : null),
      "session-type": linked("sessions", session.id, "session-type", withContent ? ref("session-type", type) : null),
      speakers: linked("sessions", session.id, "speakers", speakers.map((speaker) => ref("speaker", speaker))),
    });
    const url = `${path()}?include=speakers,track,microlocation,session-type`;
    expect(body).toEqual({
      data: [sessionObject(accepted, "public", rels(accepted, [ben, priya], true)), sessionObject(confirmed, "public", rels(confirmed, [ben], false))],
      // The public never sees a speaker's email, mobile or form answers.
      included: [speakerObject(ben, "public"), speakerObject(priya, "public"), trackObject(track), microlocationObject(room), sessionTypeObject(type)],
      links: {
        self: url,
        first: `${path()}?include=speakers%2Ctrack%2Cmicrolocation%2Csession-type&page%5Bnumber%5D=1`,
        last: `${path()}?include=speakers%2Ctrack%2Cmicrolocation%2Csession-type&page%5Bnumber%5D=1`,
        prev: null,
        next: null,
      },
      meta: { count: 2 },
      jsonapi: { version: "1.1" },
    });
  });

  it("filters sessions by speaker through the SessionSpeaker join table, within what the caller sees", async () => {
    const query = (filter: unknown) => `?filter=${encodeURIComponent(JSON.stringify(filter))}`;
    const page = (filter: unknown, sessions: unknown[]) => {
      const self = `${path()}${query(filter)}`;
      const first = `${path()}?${new URLSearchParams({ filter: JSON.stringify(filter), "page[number]": "1" })}`;
      return { status: 200, body: { ...onePage(path(), sessions), links: { self, first, last: first, prev: null, next: null } } };
    };
    const priyaSpeaks = [{ name: "speakers", op: "any", val: { name: "name", op: "eq", val: "Priya" } }];
    // The public sees Priya's accepted talk, not her pending proposal; she sees both, whole.
    expect(await list(query(priyaSpeaks))).toEqual(page(priyaSpeaks, [sessionObject(accepted, "public")]));
    expect(await list(query(priyaSpeaks), tokens.speaker)).toEqual(page(priyaSpeaks, [sessionObject(accepted, "full"), sessionObject(pending, "full")]));
    // Negated and combined with an attribute: staff see every session without Priya, except drafts.
    const withoutPriya = [{ not: priyaSpeaks[0] }, { name: "state", op: "ne", val: "draft" }];
    expect(await list(query(withoutPriya), tokens.organizer)).toEqual(
      page(withoutPriya, [confirmed, rejected].map((session) => sessionObject(session, "full"))),
    );
    // Two levels deep: sessions whose speakers also speak in a rejected session (Ben).
    const benViaRejected = [{ name: "speakers", op: "any", val: { name: "sessions", op: "any", val: { name: "state", op: "eq", val: "rejected" } } }];
    expect(await list(query(benViaRejected), tokens.organizer)).toEqual(
      page(benViaRejected, [accepted, confirmed, rejected].map((session) => sessionObject(session, "full"))),
    );
  });

  it("filters, sorts and rejects what it cannot filter on", async () => {
    const filter = encodeURIComponent(JSON.stringify([{ name: "speakers", op: "any", val: { name: "name", op: "eq", val: "Priya" } }]));
    const bySpeaker = await list(`?filter=${filter}`, tokens.organizer);
    expect((bySpeaker.body.data as { id: string }[]).map((item) => item.id)).toEqual([accepted.id, pending.id].map(String));
    const sorted = await list("?sort=-title", tokens.organizer);
    expect((sorted.body.data as { id: string }[]).map((item) => item.id)).toEqual([rejected, draft, pending, confirmed, accepted].map((s) => String(s.id)));
    // Anonymous filters cannot widen the scope.
    const states = await list(`?filter[state]=rejected`);
    expect(states.body.meta).toEqual({ count: 0 });
    expect(await list(`?filter=${encodeURIComponent('[{"name":"comments","op":"eq","val":"x"}]')}`)).toEqual({
      status: 400,
      body: { errors: [{ status: "400", code: "BAD_REQUEST", title: "Bad request", detail: 'Cannot filter on "comments"', source: { parameter: "filter" } }], jsonapi: { version: "1.1" } },
    });
  });
});

describe("query counts", () => {
  it("loads a page of sessions with all includes in the same number of queries for 1 and 100 sessions", async () => {
    const big = await createEvent({ schedulePublishedOn: new Date() });
    const bigTrack = await createTrack({ event: big });
    const bigRoom = await createMicrolocation({ event: big });
    const bigType = await createSessionType({ event: big });
    const reviewer = await createUser();
    await addRole(reviewer, big, "track_organizer", { tracks: [bigTrack] });
    const reviewerToken = await signApiToken(reviewer);
    const addSession = async () => {
      const speakers = [await createSpeaker({ event: big }), await createSpeaker({ event: big })];
      await createSession({ event: big, track: bigTrack, microlocation: bigRoom, sessionType: bigType, speakers });
    };
    const measure = async (token?: string) => {
      const before = queryCount();
      const { status, body } = await list("?include=speakers,track,microlocation,session-type&page[size]=100", token, big.id);
      expect(status).toBe(200);
      return { queries: queryCount() - before, sessions: (body.data as unknown[]).length };
    };
    await addSession();
    const one = { anonymous: await measure(), organizer: await measure(tokens.organizer), trackOrganizer: await measure(reviewerToken) };
    for (let i = 0; i < 99; i++) await addSession();
    // Anonymous: the stamp of the event's schedule (lib/api/anonymous-copies.ts), then as it changed: event
    // lookup, count, sessions, speaker links, speakers, track, room, type.
    expect(one.anonymous).toEqual({ queries: 9, sessions: 1 });
    // Signed in: also the caller's account and, with the event, their role assignments and roles; those roles are
    // resolved once for the sessions and speakers of the page instead of again for each (three queries each).
    expect(one.organizer).toEqual({ queries: ORGANIZER_QUERIES, sessions: 1 });
    // A track organizer's tracks are looked up once for the page (one query more).
    expect(one.trackOrganizer).toEqual({ queries: ORGANIZER_QUERIES + 1, sessions: 1 });
    expect(await measure()).toEqual({ queries: 9, sessions: 100 });
    // Unchanged since: the stamp alone.
    expect(await measure()).toEqual({ queries: 1, sessions: 100 });
    expect(await measure(tokens.organizer)).toEqual({ ...one.organizer, sessions: 100 });
    expect(await measure(reviewerToken)).toEqual({ ...one.trackOrganizer, sessions: 100 });
  });
});

describe("POST /v1/events/{id}/sessions", () => {
  const body = (attributes: Record<string, unknown> = {}, relationships?: Record<string, unknown>) => ({
    data: { type: "session", attributes: { title: "New talk", ...attributes }, ...(relationships ? { relationships } : {}) },
  });
  const post = async (payload: unknown, token?: string, key: string | number = event.id) =>
    read(await POST(request("POST", `/v1/events/${key}/sessions`, { token, body: payload }), params({ id: key })));
  const latest = () => db.session.findFirstOrThrow({ orderBy: { id: "desc" } });

  it("lets a signed-in user propose a session, which makes them its creator", async () => {
    const proposer = await createUser();
    const response = await post(body({ state: "pending", "short-abstract": "Why" }, { track: { data: { type: "track", id: String(track.id) } } }), await signApiToken(proposer));
    const stored = await latest();
    expect([stored.creatorId, stored.state, stored.trackId, stored.submittedAt instanceof Date]).toEqual([proposer.id, "pending", track.id, true]);
    expect(response).toEqual({ status: 201, body: single(sessionObject(stored, "full"), `/v1/sessions/${stored.id}`) });
  });

  it("creates drafts by default, unsubmitted", async () => {
    const response = await post(body(), tokens.stranger);
    const stored = await latest();
    expect([response.status, stored.state, stored.submittedAt]).toEqual([201, "draft", null]);
  });

  it("lets organizers create scheduled, accepted sessions in a room", async () => {
    const startsAt = new Date(event.startsAt.getTime() + 2 * HOUR).toISOString();
    const endsAt = new Date(event.startsAt.getTime() + 3 * HOUR).toISOString();
    const response = await post(
      body({ state: "accepted", "starts-at": startsAt, "ends-at": endsAt, comments: "Keynote", "is-locked": true }, { microlocation: { data: { type: "microlocation", id: String(room.id) } } }),
      tokens.organizer,
    );
    const stored = await latest();
    expect([stored.state, stored.startsAt?.toISOString(), stored.microlocationId, stored.isLocked, stored.comments]).toEqual(["accepted", startsAt, room.id, true, "Keynote"]);
    expect(response).toEqual({ status: 201, body: single(sessionObject(stored, "full"), `/v1/sessions/${stored.id}`) });
  });

  const inside = (hours: number) => new Date(event.startsAt.getTime() + hours * HOUR).toISOString();
  const refused: [string, () => unknown, () => string, () => ReturnType<typeof failure>][] = [
    ["an anonymous caller", () => body(), () => "", () => failure(401, "Sign in to propose a session")],
    ["a proposal that claims to be accepted", () => body({ state: "accepted" }), () => tokens.stranger, () => failure(403, ["A proposal starts as draft or pending", "/data/attributes/state"])],
    ["a proposal that schedules itself", () => body({ "starts-at": inside(1), "ends-at": inside(2) }), () => tokens.stranger, () => failure(403, ["Only organizers can set starts-at", "/data/attributes/starts-at"])],
    ["a proposal that picks a room", () => body({}, { microlocation: { data: { type: "microlocation", id: String(room.id) } } }), () => tokens.stranger, () => failure(403, ["Only organizers can set microlocation", "/data/relationships/microlocation"])],
    ["an end before the start", () => body({ "starts-at": inside(2), "ends-at": inside(1) }), () => tokens.organizer, () => failure(422, ["Must be after the start", "/data/attributes/ends-at"])],
    ["a start without an end", () => body({ "starts-at": inside(2) }), () => tokens.organizer, () => failure(422, ["A session with a start needs an end", "/data/attributes/ends-at"])],
    [
      "a session before the event",
      () => body({ "starts-at": inside(-2), "ends-at": inside(-1) }),
      () => tokens.organizer,
      () => failure(422, [`Must not be before the event starts (${event.startsAt.toISOString()})`, "/data/attributes/starts-at"]),
    ],
    [
      "a session after the event",
      () => body({ "starts-at": new Date(event.endsAt.getTime() - HOUR).toISOString(), "ends-at": new Date(event.endsAt.getTime() + HOUR).toISOString() }),
      () => tokens.organizer,
      () => failure(422, [`Must not be after the event ends (${event.endsAt.toISOString()})`, "/data/attributes/ends-at"]),
    ],
    ["a missing title", () => ({ data: { type: "session", attributes: {} } }), () => tokens.organizer, () => failure(422, ["Invalid input: expected string, received undefined", "/data/attributes/title"])],
    ["an unknown state", () => body({ state: "maybe" }), () => tokens.organizer, () => failure(422, ['Invalid option: expected one of "draft"|"pending"|"accepted"|"confirmed"|"rejected"|"withdrawn"|"canceled"', "/data/attributes/state"])],
  ];
  it.each(refused)("refuses %s and writes nothing", async (_, payload, token, expected) => {
    const before = await db.session.count();
    expect(await post(payload(), token() || undefined)).toEqual(expected());
    expect(await db.session.count()).toBe(before);
  });

  it("refuses a track of another event", async () => {
    const foreign = await createTrack({ event: await createEvent() });
    expect(await post(body({}, { track: { data: { type: "track", id: String(foreign.id) } } }), tokens.organizer)).toEqual(
      failure(422, ["This track does not belong to the event", "/data/relationships/track"]),
    );
  });

  it("refuses proposals where the event takes none, and hides drafts", async () => {
    const closed = await createEvent({ isSessionsSpeakersEnabled: false });
    expect(await post(body(), tokens.stranger, closed.id)).toEqual(failure(403, "This event does not accept session proposals"));
    const hidden = await createEvent({ state: "draft" });
    expect(await post(body(), tokens.otherOrganizer, hidden.id)).toEqual(failure(404, "Event not found"));
  });
});
