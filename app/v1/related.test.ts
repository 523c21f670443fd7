import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { failure, onePage, params, read, relationshipLinks, request, single } from "@/lib/testing/api";
import { db, queryCount } from "@/lib/db";
import type { Event, EventTopic, Role, Session, Speaker, Track, User, UsersEventsRoles } from "@/lib/generated/prisma/client";
import { relationshipRoute, routeBinding } from "@/lib/related/routes";
import { relationshipOf } from "@/lib/related/services";
import { linked, ref, sessionObject, trackObject } from "@/lib/testing/session-documents";
import {
  addRole,
  createCustomForm,
  createEvent,
  createEventSubTopic,
  createEventTopic,
  createEventType,
  createMicrolocation,
  createSession,
  createSessionType,
  createSocialLink,
  createSpeaker,
  createSpeakersCall,
  createSponsor,
  createTicket,
  createTrack,
  createUser,
} from "@/prisma/factories";
import * as eventItem from "./events/[id]/route";
import * as eventTopic from "./events/[id]/event-topic/route";
import * as eventTopicLinkage from "./events/[id]/relationships/event-topic/route";
import * as eventSessionsLinkage from "./events/[id]/relationships/sessions/route";
import * as sessionCreator from "./sessions/[id]/creator/route";
import * as sessionCreatorLinkage from "./sessions/[id]/relationships/creator/route";
import * as sessionEvent from "./sessions/[id]/event/route";
import * as sessionTrackLinkage from "./sessions/[id]/relationships/track/route";
import * as sessionTrack from "./sessions/[id]/track/route";
import * as speakerSessionsLinkage from "./speakers/[id]/relationships/sessions/route";
import * as trackSessionsLinkage from "./tracks/[id]/relationships/sessions/route";
import * as trackSessions from "./tracks/[id]/sessions/route";
import * as roleItem from "./roles/[id]/route";
import * as roleList from "./roles/route";
import * as userItem from "./users/[id]/route";
import * as memberEvent from "./users-events-roles/[id]/event/route";
import * as memberEventLinkage from "./users-events-roles/[id]/relationships/event/route";
import * as memberRoleLinkage from "./users-events-roles/[id]/relationships/role/route";
import * as memberUserLinkage from "./users-events-roles/[id]/relationships/user/route";
import * as memberRole from "./users-events-roles/[id]/role/route";
import * as memberTracks from "./users-events-roles/[id]/tracks/route";
import * as memberUser from "./users-events-roles/[id]/user/route";

/**
 * The generic related-resource and relationship endpoints (lib/related): each answers what the
 * caller may see of the parent and of the related rows, exactly as the resources' own endpoints
 * and `include` do. Anonymous callers see the accepted and confirmed sessions of a published
 * schedule, the event's organizer everything, and a draft event is 404 to everyone else.
 */

type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;
type Token = "organizer" | "otherOrganizer" | "creator" | "admin";

const HOUR = 3600_000;
let organizer: User;
let creator: User;
let admin: User;
let tokens: Record<Token, string>;
let topic: EventTopic;
let event: Event;
let track: Track;
let otherTrack: Track;
let speaker: Speaker;
/** The sessions of `track` by title: A confirmed, B accepted, C pending, D rejected (and a deleted one). */
let a: Session, b: Session, c: Session, d: Session;
let draftEvent: Event;
let draftTrack: Track;
let draftSession: Session;

beforeAll(async () => {
  organizer = await createUser();
  creator = await createUser();
  const otherOrganizer = await createUser();
  topic = await createEventTopic();
  event = await createEvent({ owner: organizer, schedulePublishedOn: new Date("2026-01-01T00:00:00Z"), eventTopicId: topic.id });
  await addRole(otherOrganizer, await createEvent({ owner: organizer }), "organizer");
  track = await createTrack({ event });
  otherTrack = await createTrack({ event });
  speaker = await createSpeaker({ event });
  const at = (hours: number) => new Date(event.startsAt.getTime() + hours * HOUR);
  a = await createSession({ event, track, title: "A", state: "confirmed", startsAt: at(0), speakers: [speaker], creatorId: creator.id });
  b = await createSession({ event, track, title: "B", startsAt: at(1) });
  c = await createSession({ event, track, title: "C", state: "pending", startsAt: at(2), speakers: [speaker] });
  d = await createSession({ event, track, title: "D", state: "rejected", startsAt: at(3) });
  await createSession({ event, track, title: "E", startsAt: at(4), deletedAt: new Date() });
  draftEvent = await createEvent({ owner: organizer, state: "draft", schedulePublishedOn: new Date() });
  draftTrack = await createTrack({ event: draftEvent });
  draftSession = await createSession({ event: draftEvent, track: draftTrack });
  tokens = {
    organizer: await signApiToken(organizer),
    otherOrganizer: await signApiToken(otherOrganizer),
    creator: await signApiToken(creator),
    admin: await signApiToken((admin = await createUser({ isAdmin: true }))),
  };
});

const call = async (handler: Handler, path: string, id: number | string, token?: Token, body?: unknown, method = "GET") =>
  read(await handler(request(method, path, { token: token && tokens[token], body }), params({ id })));

const linkageDocument = (path: string, id: number | string, name: string, data: unknown) => ({
  status: 200,
  body: { data, ...relationshipLinks(path, id, name), jsonapi: { version: "1.1" } },
});

const badParameter = (parameter: string, detail: string) => ({
  status: 400,
  body: {
    errors: [{ status: "400", code: "BAD_REQUEST", title: "Bad request", detail, source: { parameter } }],
    jsonapi: { version: "1.1" },
  },
});

describe("GET /v1/sessions/{id}/track (to-one)", () => {
  const get = (session: Session, token?: Token, query = "") => call(sessionTrack.GET, `/v1/sessions/${session.id}/track${query}`, session.id, token);
  const trackDocument = (row: Track) => ({ status: 200, body: single(trackObject(row), `/v1/tracks/${row.id}`) });

  it("answers the track of a public session to anyone, as /v1/tracks/{id} does", async () => {
    for (const token of [undefined, "otherOrganizer", "organizer"] as const) expect(await get(b, token)).toEqual(trackDocument(track));
  });

  it("answers the track of a hidden session only to those who see the session", async () => {
    expect(await get(c)).toEqual(failure(404, "Session not found"));
    expect(await get(c, "otherOrganizer")).toEqual(failure(404, "Session not found"));
    expect(await get(c, "organizer")).toEqual(trackDocument(track));
  });

  it("answers 404 for a session of a draft event to everyone but its staff", async () => {
    expect(await get(draftSession)).toEqual(failure(404, "Session not found"));
    expect(await get(draftSession, "otherOrganizer")).toEqual(failure(404, "Session not found"));
    expect(await get(draftSession, "organizer")).toEqual(trackDocument(draftTrack));
  });

  it("answers data null for a session without a track", async () => {
    const other = await createEvent({ schedulePublishedOn: new Date() });
    const untracked = await createSession({ event: other });
    expect(await get(untracked)).toEqual({
      status: 200,
      body: { data: null, links: { self: `/v1/sessions/${untracked.id}/track` }, jsonapi: { version: "1.1" } },
    });
  });

  it("includes the track's sessions as far as the caller sees them", async () => {
    const withSessions = (sessions: Session[], audience: "public" | "full") => {
      const object = trackObject(track);
      const linkage = linked("tracks", track.id, "sessions", sessions.map((session) => ref("session", session)));
      return {
        status: 200,
        body: single(
          { ...object, relationships: { ...object.relationships, sessions: linkage } },
          `/v1/tracks/${track.id}`,
          sessions.map((session) => sessionObject(session, audience)),
        ),
      };
    };
    expect(await get(b, undefined, "?include=sessions")).toEqual(withSessions([a, b], "public"));
    expect(await get(b, "organizer", "?include=sessions")).toEqual(withSessions([a, b, c, d], "full"));
  });

  it("refuses collection parameters", async () => {
    expect(await get(b, undefined, "?sort=name")).toEqual(badParameter("sort", 'Query parameter "sort" applies to collections only'));
  });
});

describe("GET /v1/tracks/{id}/sessions (to-many)", () => {
  const path = (row: Track) => `/v1/tracks/${row.id}/sessions`;
  const get = (row: Track, token?: Token, query = "") => call(trackSessions.GET, `${path(row)}${query}`, row.id, token);

  it("lists the public sessions to anonymous callers and another event's organizer", async () => {
    const publicPage = { status: 200, body: onePage(path(track), [sessionObject(a, "public"), sessionObject(b, "public")]) };
    expect(await get(track)).toEqual(publicPage);
    expect(await get(track, "otherOrganizer")).toEqual(publicPage);
  });

  it("lists every live session to the event's organizer", async () => {
    expect(await get(track, "organizer")).toEqual({
      status: 200,
      body: onePage(path(track), [a, b, c, d].map((session) => sessionObject(session, "full"))),
    });
    expect(await get(otherTrack, "organizer")).toEqual({ status: 200, body: onePage(path(otherTrack), []) });
  });

  it("answers 404 for a draft event's track to everyone but its staff", async () => {
    expect(await get(draftTrack)).toEqual(failure(404, "Track not found"));
    expect(await get(draftTrack, "otherOrganizer")).toEqual(failure(404, "Track not found"));
    expect(await get(draftTrack, "organizer")).toEqual({ status: 200, body: onePage(path(draftTrack), [sessionObject(draftSession, "full")]) });
    expect(await get({ id: 999_999 } as Track)).toEqual(failure(404, "Track not found"));
  });

  it("shows anonymous callers no session before the schedule is published", async () => {
    const unpublished = await createEvent({ owner: organizer });
    const room = await createTrack({ event: unpublished });
    const session = await createSession({ event: unpublished, track: room });
    expect(await get(room)).toEqual({ status: 200, body: onePage(path(room), []) });
    expect(await get(room, "organizer")).toEqual({ status: 200, body: onePage(path(room), [sessionObject(session, "full")]) });
  });

  it("sorts, pages and filters like every collection", async () => {
    const base = path(track);
    const page = (number: number) => `${base}?sort=-title&page%5Bsize%5D=2&page%5Bnumber%5D=${number}`;
    expect(await get(track, "organizer", "?sort=-title&page[size]=2")).toEqual({
      status: 200,
      body: {
        data: [sessionObject(d, "full"), sessionObject(c, "full")],
        links: { self: `${base}?sort=-title&page[size]=2`, first: page(1), last: page(2), prev: null, next: page(2) },
        meta: { count: 4 },
        jsonapi: { version: "1.1" },
      },
    });
    const filtered = await get(track, "organizer", "?filter[state]=pending");
    expect((filtered.body.data as { id: string }[]).map((item) => item.id)).toEqual([String(c.id)]);
    expect(await get(track, undefined, "?page[size]=101")).toEqual(badParameter("page[size]", "page[size] must be an integer from 1 to 100, or 0 for the whole collection (at most 1000 rows)"));
  });
});

describe("GET /v1/tracks/{id}/relationships/sessions (to-many linkage)", () => {
  const get = (row: Track, token?: Token, query = "") =>
    call(trackSessionsLinkage.GET, `/v1/tracks/${row.id}/relationships/sessions${query}`, row.id, token);
  const document = (row: Track, sessions: Session[]) => linkageDocument("tracks", row.id, "sessions", sessions.map((s) => ref("session", s)));

  it("links the sessions each caller sees", async () => {
    expect(await get(track)).toEqual(document(track, [a, b]));
    expect(await get(track, "otherOrganizer")).toEqual(document(track, [a, b]));
    expect(await get(track, "organizer")).toEqual(document(track, [a, b, c, d]));
  });

  it("answers 404 for a draft event's track to everyone but its staff", async () => {
    expect(await get(draftTrack)).toEqual(failure(404, "Track not found"));
    expect(await get(draftTrack, "otherOrganizer")).toEqual(failure(404, "Track not found"));
    expect(await get(draftTrack, "organizer")).toEqual(document(draftTrack, [draftSession]));
  });

  it("takes no query parameters", async () => {
    expect(await get(track, undefined, "?include=sessions")).toEqual(badParameter("include", 'Unknown query parameter "include"'));
  });

  it("is the same for an event reached by its identifier, and for a speaker", async () => {
    const byIdentifier = await call(eventSessionsLinkage.GET, `/v1/events/${event.identifier}/relationships/sessions`, event.identifier);
    expect(byIdentifier).toEqual(linkageDocument("events", event.id, "sessions", [ref("session", a), ref("session", b)]));
    const ofSpeaker = (token?: Token) => call(speakerSessionsLinkage.GET, `/v1/speakers/${speaker.id}/relationships/sessions`, speaker.id, token);
    expect(await ofSpeaker()).toEqual(linkageDocument("speakers", speaker.id, "sessions", [ref("session", a)]));
    expect(await ofSpeaker("organizer")).toEqual(linkageDocument("speakers", speaker.id, "sessions", [ref("session", a), ref("session", c)]));
  });
});

describe("/v1/sessions/{id}/relationships/track (writable to-one linkage)", () => {
  const path = (session: Session) => `/v1/sessions/${session.id}/relationships/track`;
  const get = (session: Session, token?: Token) => call(sessionTrackLinkage.GET, path(session), session.id, token);
  const patch = (session: Session, body: unknown, token?: Token) => call(sessionTrackLinkage.PATCH, path(session), session.id, token, body, "PATCH");
  const document = (session: Session, row: Track | null) => linkageDocument("sessions", session.id, "track", ref("track", row));
  const trackOf = async (session: Session) => (await db.session.findUniqueOrThrow({ where: { id: session.id } })).trackId;

  it("links the track for whoever sees the session, and 404 otherwise", async () => {
    expect(await get(b)).toEqual(document(b, track));
    expect(await get(c)).toEqual(failure(404, "Session not found"));
    expect(await get(c, "organizer")).toEqual(document(c, track));
    expect(await get(draftSession, "otherOrganizer")).toEqual(failure(404, "Session not found"));
    expect(await get(draftSession, "organizer")).toEqual(document(draftSession, draftTrack));
  });

  it("lets the organizer move a session to another track and out of any", async () => {
    const session = await createSession({ event, track, title: "Moving" });
    expect(await patch(session, { data: { type: "track", id: String(otherTrack.id) } }, "organizer")).toEqual(document(session, otherTrack));
    expect(await trackOf(session)).toBe(otherTrack.id);
    expect(await patch(session, { data: null }, "organizer")).toEqual(document(session, null));
    expect(await trackOf(session)).toBeNull();
  });

  it("points at the relationship document when the linkage is wrong", async () => {
    const foreign = await createTrack({ event: draftEvent });
    expect(await patch(b, { data: { type: "track", id: String(foreign.id) } }, "organizer")).toEqual(
      failure(422, ["This track does not belong to the event", "/data"]),
    );
    expect(await patch(b, { data: { type: "microlocation", id: "1" } }, "organizer")).toEqual(failure(422, ['Expected type "track"', "/data/type"]));
    expect(await patch(b, { data: { type: "track" } }, "organizer")).toEqual(failure(422, ["Must be {data: null} or {data: {type, id}}", "/data"]));
    expect(await patch(b, {}, "organizer")).toEqual(failure(422, ["The document must have a data member", "/data"]));
    expect(await trackOf(b)).toBe(track.id);
  });

  it("refuses callers who may not change the session", async () => {
    const body = { data: { type: "track", id: String(otherTrack.id) } };
    expect(await patch(b, body, "otherOrganizer")).toEqual(failure(403, "You may not change this session"));
    expect(await patch(c, body, "otherOrganizer")).toEqual(failure(404, "Session not found"));
    expect(await patch(draftSession, { data: null }, "otherOrganizer")).toEqual(failure(404, "Session not found"));
    expect(await trackOf(b)).toBe(track.id);
    expect(await trackOf(draftSession)).toBe(draftTrack.id);
  });

  it("keeps a relationship without a foreign key: its current target answers, another or none is 422, callers as a PATCH of the session", async () => {
    const { PATCH, POST, DELETE } = relationshipRoute("session", "event");
    const path = `/v1/sessions/${b.id}/relationships/event`;
    const send = (handler: Handler, method: string, body: unknown, token?: Token) => call(handler, path, b.id, token, body, method);
    const same = { data: { type: "event", id: String(event.id) } };
    expect(await send(PATCH, "PATCH", same, "organizer")).toEqual(linkageDocument("sessions", b.id, "event", ref("event", event)));
    expect(await send(POST, "POST", same, "admin")).toEqual(linkageDocument("sessions", b.id, "event", ref("event", event)));
    expect(await send(PATCH, "PATCH", { data: { type: "event", id: String(draftEvent.id) } }, "organizer")).toEqual(
      failure(422, [`The event of this session cannot be changed: only its current event (${event.id}) may be named`, "/data/id"]),
    );
    expect(await send(PATCH, "PATCH", { data: null }, "organizer")).toEqual(failure(422, ["The event of this session cannot be removed", "/data"]));
    expect(await send(DELETE, "DELETE", undefined, "organizer")).toEqual(failure(422, ["The event of this session cannot be removed", "/data"]));
    expect(await send(PATCH, "PATCH", { data: { type: "track", id: "1" } }, "organizer")).toEqual(failure(422, ['Expected type "event"', "/data/type"]));
    for (const token of ["otherOrganizer", undefined] as const) expect(await send(PATCH, "PATCH", same, token)).toEqual(failure(403, "You may not change this session"));
    expect((await db.session.findUniqueOrThrow({ where: { id: b.id } })).eventId).toBe(event.id);
  });
});

describe("to-one relationships to the event, its topic and the session's creator", () => {
  it("answers the session's event as /v1/events/{id} does, and 404 for a hidden session", async () => {
    const own = await call(eventItem.GET, `/v1/events/${event.id}`, event.id);
    expect(await call(sessionEvent.GET, `/v1/sessions/${b.id}/event`, b.id)).toEqual(own);
    expect(await call(sessionEvent.GET, `/v1/sessions/${draftSession.id}/event`, draftSession.id, "otherOrganizer")).toEqual(
      failure(404, "Session not found"),
    );
  });

  it("answers an event's topic by the event's id or identifier, and changes it for the organizer", async () => {
    const topicObject = (row: EventTopic) => ({
      type: "event-topic",
      id: String(row.id),
      attributes: { name: row.name, slug: row.slug, "system-image-url": row.systemImageUrl },
      relationships: {
        "event-sub-topics": relationshipLinks("event-topics", row.id, "event-sub-topics"),
        events: relationshipLinks("event-topics", row.id, "events"),
      },
      links: { self: `/v1/event-topics/${row.id}` },
    });
    expect(await call(eventTopic.GET, `/v1/events/${event.identifier}/event-topic`, event.identifier)).toEqual({
      status: 200,
      body: single(topicObject(topic), `/v1/event-topics/${topic.id}`),
    });
    expect(await call(eventTopic.GET, `/v1/events/${draftEvent.id}/event-topic`, draftEvent.id)).toEqual(failure(404, "Event not found"));
    expect(await call(eventTopic.GET, `/v1/events/${draftEvent.id}/event-topic`, draftEvent.id, "organizer")).toEqual({
      status: 200,
      body: { data: null, links: { self: `/v1/events/${draftEvent.id}/event-topic` }, jsonapi: { version: "1.1" } },
    });

    const linkagePath = `/v1/events/${event.identifier}/relationships/event-topic`;
    const next = await createEventTopic();
    const body = { data: { type: "event-topic", id: String(next.id) } };
    expect(await call(eventTopicLinkage.PATCH, linkagePath, event.identifier, "otherOrganizer", body, "PATCH")).toEqual(
      failure(403, "You may not change this event"),
    );
    expect(await call(eventTopicLinkage.PATCH, linkagePath, event.identifier, "organizer", body, "PATCH")).toEqual(
      linkageDocument("events", event.id, "event-topic", ref("event-topic", next)),
    );
    expect(await call(eventTopicLinkage.GET, linkagePath, event.identifier)).toEqual(
      linkageDocument("events", event.id, "event-topic", ref("event-topic", next)),
    );
    await db.event.update({ where: { id: event.id }, data: { eventTopicId: topic.id } });
  });

  it("shows the session's creator as /v1/users/{id} does: whole to that user and admins, the public profile to others signed in", async () => {
    const related = (token?: Token) => call(sessionCreator.GET, `/v1/sessions/${a.id}/creator`, a.id, token);
    const linkage = (token?: Token) => call(sessionCreatorLinkage.GET, `/v1/sessions/${a.id}/relationships/creator`, a.id, token);
    const nothing = { status: 200, body: { data: null, links: { self: `/v1/sessions/${a.id}/creator` }, jsonapi: { version: "1.1" } } };
    expect(await related()).toEqual(nothing);
    expect(await linkage()).toEqual(linkageDocument("sessions", a.id, "creator", null));
    const publicProfile = await call(userItem.GET, `/v1/users/${creator.id}`, creator.id, "organizer");
    expect(Object.keys((publicProfile.body.data as { attributes: object }).attributes)).toEqual(["first-name", "last-name", "public-name", "avatar-url"]);
    expect(await related("organizer")).toEqual(publicProfile);
    expect(await linkage("organizer")).toEqual(linkageDocument("sessions", a.id, "creator", ref("user", creator)));
    for (const token of ["creator", "admin"] as const) {
      expect(await related(token)).toEqual(await call(userItem.GET, `/v1/users/${creator.id}`, creator.id, token));
      expect(await linkage(token)).toEqual(linkageDocument("sessions", a.id, "creator", ref("user", creator)));
    }
  });
});

const roleObject = (role: Role) => ({
  type: "role",
  id: String(role.id),
  attributes: { name: role.name, "title-name": role.titleName },
  links: { self: `/v1/roles/${role.id}` },
});

describe("GET /v1/roles (public reference data)", () => {
  it("answers every role, and each by its id, to anonymous callers", async () => {
    const roles = await db.role.findMany({ orderBy: { id: "asc" } });
    expect(roles.map((role) => role.name)).toEqual(["owner", "organizer", "coorganizer", "track_organizer", "moderator", "registrar", "attendee"]);
    expect(await call(roleList.GET, "/v1/roles", "")).toEqual({ status: 200, body: onePage("/v1/roles", roles.map(roleObject)) });
    const moderator = roles.find((role) => role.name === "moderator")!;
    expect(await call(roleItem.GET, `/v1/roles/${moderator.id}`, moderator.id)).toEqual({
      status: 200,
      body: single(roleObject(moderator), `/v1/roles/${moderator.id}`),
    });
  });

  it("answers 404 for an unknown id", async () => {
    for (const id of ["999999", "0", "abc", "99999999999"]) expect(await call(roleItem.GET, `/v1/roles/${id}`, id)).toEqual(failure(404, "Role not found"));
  });

  it("lets admins rename a role's title, and nobody create or delete a role", async () => {
    const attendee = await db.role.findUniqueOrThrow({ where: { name: "attendee" } });
    const rename = (titleName: unknown, id = String(attendee.id)) => ({ data: { type: "role", id, attributes: { "title-name": titleName } } });
    const path = `/v1/roles/${attendee.id}`;
    expect(await call(roleItem.PATCH, path, attendee.id, "organizer", rename("Guest"), "PATCH")).toEqual(failure(403, "Only admins may rename a role"));
    expect(await call(roleItem.PATCH, path, attendee.id, undefined, rename("Guest"), "PATCH")).toEqual(failure(401, "Authentication required"));
    expect(await call(roleItem.PATCH, path, attendee.id, "admin", rename(""), "PATCH")).toEqual(failure(422, ["A title is required", "/data/attributes/title-name"]));
    expect(await call(roleItem.PATCH, path, attendee.id, "admin", rename("Guest", "1"), "PATCH")).toEqual(failure(409, ["data.id does not match the role in the URL", "/data/id"]));
    try {
      expect(await call(roleItem.PATCH, path, attendee.id, "admin", rename("Guest"), "PATCH")).toEqual({
        status: 200,
        body: single(roleObject({ ...attendee, titleName: "Guest" }), path),
      });
    } finally {
      await db.role.update({ where: { id: attendee.id }, data: { titleName: attendee.titleName } });
    }
    const fixed = "The event roles are a fixed set (owner, organizer, coorganizer, track_organizer, moderator, registrar, attendee): what each may do is part of the application";
    expect(await call(roleList.POST, "/v1/roles", "", "admin", { data: { type: "role", attributes: { name: "speaker", "title-name": "Speaker" } } }, "POST")).toEqual(failure(403, fixed));
    expect(await call(roleItem.DELETE, path, attendee.id, "admin", undefined, "DELETE")).toEqual(failure(403, fixed));
    expect(await call(roleItem.DELETE, "/v1/roles/999999", 999999, "admin", undefined, "DELETE")).toEqual(failure(404, "Role not found"));
    expect(await db.role.count()).toBe(7);
  });
});

describe("a team member's user, event, role and tracks (/v1/users-events-roles/{id}/…)", () => {
  /** A track organizer of `event` with two live tracks (assigned out of order) and a deleted one. */
  let member: User;
  let row: UsersEventsRoles;
  let role: Role;
  let early: Track;
  let late: Track;
  beforeAll(async () => {
    member = await createUser();
    [late, early] = [await createTrack({ event, position: 20 }), await createTrack({ event, position: 10 })];
    const gone = await createTrack({ event, position: 15, deletedAt: new Date() });
    row = await addRole(member, event, "track_organizer", { tracks: [late, gone, early] });
    role = await db.role.findUniqueOrThrow({ where: { name: "track_organizer" } });
  });

  const path = (name: string, linkage = false) => `/v1/users-events-roles/${row.id}/${linkage ? "relationships/" : ""}${name}`;
  const hidden = failure(404, "Role not found");
  /** Only those who manage the event's roles see the row (app/v1/users-events-roles/[id]/route.ts). */
  const expectHidden = async (handler: Handler, url: string) => {
    const memberToken = await signApiToken(member);
    for (const token of ["otherOrganizer", undefined] as const) expect(await call(handler, url, row.id, token)).toEqual(hidden);
    expect(await read(await handler(request("GET", url, { token: memberToken }), params({ id: row.id })))).toEqual(hidden);
  };

  it("answers the event as /v1/events/{id} does", async () => {
    expect(await call(memberEvent.GET, path("event"), row.id, "organizer")).toEqual(await call(eventItem.GET, `/v1/events/${event.id}`, event.id, "organizer"));
    expect(await call(memberEventLinkage.GET, path("event", true), row.id, "organizer")).toEqual(
      linkageDocument("users-events-roles", row.id, "event", ref("event", event)),
    );
    await expectHidden(memberEvent.GET, path("event"));
    await expectHidden(memberEventLinkage.GET, path("event", true));
  });

  it("answers the role as /v1/roles/{id} does", async () => {
    expect(await call(memberRole.GET, path("role"), row.id, "organizer")).toEqual({ status: 200, body: single(roleObject(role), `/v1/roles/${role.id}`) });
    expect(await call(memberRoleLinkage.GET, path("role", true), row.id, "organizer")).toEqual(
      linkageDocument("users-events-roles", row.id, "role", ref("role", role)),
    );
    // Writes there are those of /v1/roles/{id}: the role's title, for admins.
    const unchanged = { data: { type: "role", id: String(role.id), attributes: {} } };
    expect(await call(memberRole.PATCH, path("role"), row.id, "organizer", unchanged, "PATCH")).toEqual(failure(403, "Only admins may rename a role"));
    expect(await call(memberRole.PATCH, path("role"), row.id, "admin", unchanged, "PATCH")).toEqual({ status: 200, body: single(roleObject(role), `/v1/roles/${role.id}`) });
    await expectHidden(memberRole.GET, path("role"));
    await expectHidden(memberRoleLinkage.GET, path("role", true));
  });

  it("lists the live tracks in the event's order, as a collection", async () => {
    expect(await call(memberTracks.GET, path("tracks"), row.id, "organizer")).toEqual({
      status: 200,
      body: onePage(path("tracks"), [trackObject(early), trackObject(late)]),
    });
    const filtered = await call(memberTracks.GET, `${path("tracks")}?filter[position]=20`, row.id, "organizer");
    expect((filtered.body.data as { id: string }[]).map((item) => item.id)).toEqual([String(late.id)]);
    await expectHidden(memberTracks.GET, path("tracks"));
  });

  it("shows the member's account as ?include=user does: to the event's organizer, without role flags", async () => {
    const account = {
      type: "user",
      id: String(member.id),
      attributes: {
        email: member.email,
        "first-name": member.firstName,
        "last-name": member.lastName,
        details: member.details,
        "avatar-url": member.avatarUrl,
        "is-admin": false,
        "is-super-admin": false,
        "is-verified": member.isVerified,
        "created-at": member.createdAt.toISOString(),
        "last-accessed-at": member.lastAccessedAt?.toISOString() ?? null,
        "public-name": null,
        contact: null,
        "facebook-url": null,
        "twitter-url": null,
        "instagram-url": null,
        "google-plus-url": null,
        "deleted-at": null,
      },
      links: { self: `/v1/users/${member.id}` },
    };
    expect(await call(memberUser.GET, path("user"), row.id, "organizer")).toEqual({ status: 200, body: single(account, `/v1/users/${member.id}`) });
    expect(await call(memberUserLinkage.GET, path("user", true), row.id, "organizer")).toEqual(
      linkageDocument("users-events-roles", row.id, "user", ref("user", member)),
    );
    await expectHidden(memberUser.GET, path("user"));
    await expectHidden(memberUserLinkage.GET, path("user", true));
  });

  it("keeps its event and user (422 for another), and changes its role as PATCH /v1/users-events-roles/{id} does", async () => {
    const other = { data: { type: "event", id: String(draftEvent.id) } };
    expect(await call(memberEventLinkage.PATCH, path("event", true), row.id, "organizer", other, "PATCH")).toEqual(
      failure(422, [`The event of this users-events-roles cannot be changed: only its current event (${event.id}) may be named`, "/data/id"]),
    );
    expect(await call(memberUserLinkage.PATCH, path("user", true), row.id, "organizer", { data: { type: "user", id: String(organizer.id) } }, "PATCH")).toEqual(
      failure(422, [`The user of this users-events-roles cannot be changed: only its current user (${member.id}) may be named`, "/data/id"]),
    );
    expect(await call(memberRoleLinkage.PATCH, path("role", true), row.id, "otherOrganizer", { data: { type: "role", id: String(role.id) } }, "PATCH")).toEqual(
      failure(404, "Role not found"),
    );
    expect(await call(memberRoleLinkage.PATCH, path("role", true), row.id, "organizer", { data: { type: "role", id: String(role.id) } }, "PATCH")).toEqual(
      linkageDocument("users-events-roles", row.id, "role", ref("role", role)),
    );
  });
});

describe("query counts", () => {
  it("reads a track's sessions and their linkage in as many queries for 100 sessions as for 1", async () => {
    const big = await createEvent({ owner: organizer, schedulePublishedOn: new Date() });
    const bigTrack = await createTrack({ event: big });
    const bigSpeaker = await createSpeaker({ event: big });
    const measure = async (handler: Handler, path: string, token?: Token) => {
      const before = queryCount();
      const { status, body } = await call(handler, path, bigTrack.id, token);
      expect(status).toBe(200);
      return { queries: queryCount() - before, rows: (body.data as unknown[]).length };
    };
    const all = async () => ({
      related: await measure(trackSessions.GET, `/v1/tracks/${bigTrack.id}/sessions?include=speakers&page[size]=100`),
      relatedForOrganizer: await measure(trackSessions.GET, `/v1/tracks/${bigTrack.id}/sessions?include=speakers&page[size]=100`, "organizer"),
      linkage: await measure(trackSessionsLinkage.GET, `/v1/tracks/${bigTrack.id}/relationships/sessions`),
      linkageForOrganizer: await measure(trackSessionsLinkage.GET, `/v1/tracks/${bigTrack.id}/relationships/sessions`, "organizer"),
    });
    const add = () => createSession({ event: big, track: bigTrack, speakers: [bigSpeaker] });
    await add();
    const one = await all();
    for (let i = 0; i < 99; i++) await add();
    const hundred = await all();
    const rows = (counts: typeof one) => Object.values(counts).map((count) => count.rows);
    expect(rows(one)).toEqual([1, 1, 1, 1]);
    expect(rows(hundred)).toEqual([100, 100, 100, 100]);
    const queries = (counts: typeof one) => Object.values(counts).map((count) => count.queries);
    expect(queries(hundred)).toEqual(queries(one));
  });
});

describe("every generic endpoint", () => {
  function routeFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) return routeFiles(full);
      return entry.name === "route.ts" && readFileSync(full, "utf8").includes("@/lib/related/routes") ? [full] : [];
    });
  }

  it("answers an admin with the related rows of a parent that has them all", async () => {
    const subTopic = await createEventSubTopic({ topic });
    const eventType = await createEventType();
    const full = await createEvent({
      owner: organizer,
      schedulePublishedOn: new Date(),
      eventTopicId: topic.id,
      eventSubTopicId: subTopic.id,
      eventTypeId: eventType.id,
    });
    const room = await createMicrolocation({ event: full });
    const type = await createSessionType({ event: full });
    const fullTrack = await createTrack({ event: full });
    await Promise.all([createSponsor({ event: full }), createSocialLink({ event: full }), createTicket({ event: full })]);
    const withUser = await createSpeaker({ event: full, user: creator });
    const session = await createSession({ event: full, track: fullTrack, microlocation: room, sessionType: type, speakers: [withUser], creatorId: creator.id });
    const role = await db.role.findFirstOrThrow({ where: { name: "organizer" } });
    const hash = randomBytes(32).toString("base64url");
    const invite = await db.roleInvite.create({ data: { email: "invitee@example.test", eventId: full.id, roleId: role.id, hash } });
    const task = await db.task.create({ data: { name: "import", payload: {}, userId: admin.id } });
    const job = await db.importJob.create({ data: { taskId: task.id, userId: admin.id, eventId: full.id } });
    const notification = await db.notification.create({ data: { userId: admin.id, title: "Hi", message: "Hello", action: "test" } });
    const member = await addRole(await createUser(), full, "track_organizer", { tracks: [fullTrack] });
    const choice = await createCustomForm({ event: full, options: ["A"] });
    const speakersCall = await createSpeakersCall({ event: full });
    const parents: Record<string, number> = {
      events: full.id,
      "event-topics": topic.id,
      "event-sub-topics": subTopic.id,
      "event-types": eventType.id,
      sessions: session.id,
      speakers: withUser.id,
      tracks: fullTrack.id,
      microlocations: room.id,
      "session-types": type.id,
      "role-invites": invite.id,
      "import-jobs": job.id,
      notifications: notification.id,
      "users-events-roles": member.id,
      "custom-forms": choice.id,
      "custom-form-options": choice.options[0]!.id,
      "speakers-calls": speakersCall.id,
    };

    const answers: Record<string, unknown> = {};
    const expected: Record<string, unknown> = {};
    for (const file of routeFiles(import.meta.dirname)) {
      const { GET } = (await import(pathToFileURL(file).href)) as { GET: Handler };
      const binding = routeBinding(GET);
      const id = binding && parents[binding.resource.path];
      if (!binding || id === undefined) throw new Error(`No parent for ${file}`);
      const { def } = relationshipOf(binding.resource.type, binding.name);
      const relationship = binding.endpoint === "relationship";
      const url = `/v1/${binding.resource.path}/${id}/${relationship ? "relationships/" : ""}${binding.name}`;
      const { status, body } = await call(GET, url, id, "admin");
      const data = [body.data ?? []].flat() as { type: string }[];
      answers[url] = { status, types: [...new Set(data.map((item) => item.type))], ...(relationship ? { links: body.links } : {}) };
      expected[url] = {
        status: 200,
        types: [def.type],
        ...(relationship ? { links: relationshipLinks(binding.resource.path, id, binding.name).links } : {}),
      };
    }
    expect(answers).toEqual(expected);
    expect(Object.keys(answers)).toHaveLength(72);
  });
});
