import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { db, queryCount } from "@/lib/db";
import type { Event, EventTopic, EventType } from "@/lib/generated/prisma/client";
import type { RoleName } from "@/lib/generated/prisma/enums";
import { SESSION_STATES } from "@/lib/sessions/states";
import { errorDocument, noParams, params, read, request } from "@/lib/testing/api";
import { addRole, createEvent, createEventTopic, createEventType, createSession, createSpeaker, createSponsor, createUser } from "@/prisma/factories";
import { GET as generalStatistics } from "../../events/[id]/general-statistics/route";
import { GET as eventTopics } from "./event-topics/route";
import { GET as eventTypes } from "./event-types/route";
import { GET as events } from "./events/route";
import { GET as groups } from "./groups/route";
import { GET as mails } from "./mails/route";
import { GET as sessions } from "./sessions/route";
import { GET as users } from "./users/route";

/**
 * Open Event's statistics documents through their routes. This file's database holds only what
 * it creates, so every number is known: each document is compared whole, for every actor.
 */

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

const DOCUMENTS = { events, sessions, users, mails } as const;
type Name = keyof typeof DOCUMENTS;
const TYPES: Record<Name, string> = {
  events: "admin-statistics-event",
  sessions: "admin-statistics-session",
  users: "admin-statistics-user",
  mails: "admin-statistics-mail",
};

async function get(name: Name, token?: string) {
  return read(await DOCUMENTS[name](request("GET", `/v1/admin/statistics/${name}`, { token }), noParams));
}

type Counts = Record<string, number>;

/** The whole document of an admin statistics singleton with these numbers. */
function adminDocument(name: Name, attributes: Counts) {
  const self = `/v1/admin/statistics/${name}`;
  return { status: 200, body: { data: { type: TYPES[name], id: "1", attributes, links: { self } }, links: { self }, jsonapi: { version: "1.1" } } };
}

async function attributesOf(name: Name, token: string): Promise<Counts> {
  const { status, body } = await get(name, token);
  expect(status, JSON.stringify(body)).toBe(200);
  return (body.data as { attributes: Counts }).attributes;
}

async function generalOf(event: { id: number }, token?: string, key: string | number = event.id) {
  return read(await generalStatistics(request("GET", `/v1/events/${key}/general-statistics`, { token }), params({ id: key })));
}

/** `base` with each number of `delta` added. */
const plus = (base: Counts, delta: Counts): Counts => Object.fromEntries(Object.entries(base).map(([key, value]) => [key, value + (delta[key] ?? 0)]));

const mail = (time: Date) => db.mail.create({ data: { recipient: "stats@example.test", time, action: "test", subject: "Stats", message: "<p>x</p>" } });

const FORBIDDEN = { status: 403, body: errorDocument(403, "FORBIDDEN", "Forbidden", "Admin access is required") };
const UNAUTHORIZED = { status: 401, body: errorDocument(401, "UNAUTHORIZED", "Unauthorized", "Authentication required") };

let tokens: { admin: string; superAdmin: string; user: string; owner: string };

let topic: EventTopic;
let type: EventType;
let unusedType: EventType;

beforeAll(async () => {
  const owner = await createUser();
  topic = await createEventTopic({ name: "Science" });
  type = await createEventType({ name: "Conference" });
  unusedType = await createEventType({ name: "Workshop" });
  await createEvent({ owner, state: "published", eventTopicId: topic.id, eventTypeId: type.id });
  tokens = {
    admin: await signApiToken(await createUser({ isAdmin: true })),
    superAdmin: await signApiToken(await createUser({ isAdmin: true, isSuperAdmin: true })),
    user: await signApiToken(await createUser()),
    owner: await signApiToken(owner),
  };
  // One mail an hour old: the same in every period.
  await mail(new Date(Date.now() - HOUR));
});

describe("GET /v1/admin/statistics/{events,sessions,users,mails}", () => {
  it("answer admins and super admins with Open Event's documents, others 403, anonymous callers 401", async () => {
    const expected: Record<Name, Counts> = {
      events: { draft: 0, published: 1, past: 0 },
      sessions: { draft: 0, submitted: 0, accepted: 0, confirmed: 0, pending: 0, rejected: 0, withdrawn: 0, canceled: 0 },
      // The owner and the plain user are the verified ones.
      users: { "super-admin": 1, admin: 1, verified: 2, unverified: 0, owner: 1, organizer: 0, coorganizer: 0, attendee: 0, "track-organizer": 0 },
      mails: { "one-day": 1, "three-days": 1, "seven-days": 1, "thirty-days": 1 },
    };
    for (const name of Object.keys(DOCUMENTS) as Name[]) {
      expect(await get(name, tokens.admin), name).toEqual(adminDocument(name, expected[name]));
      expect(await get(name, tokens.superAdmin), name).toEqual(adminDocument(name, expected[name]));
      expect(await get(name, tokens.owner), name).toEqual(FORBIDDEN);
      expect(await get(name, tokens.user), name).toEqual(FORBIDDEN);
      expect(await get(name), name).toEqual(UNAUTHORIZED);
    }
  });

  it("refuse the parameters a single resource does not take", async () => {
    const { status, body } = await read(await events(request("GET", "/v1/admin/statistics/events?page[size]=5", { token: tokens.admin }), noParams));
    expect({ status, parameters: (body.errors as { source: { parameter: string } }[]).map((error) => error.source.parameter) }).toEqual({
      status: 400,
      parameters: ["page[size]"],
    });
  });

  it("move by exactly the rows created in each state, kind and age, and back when they are deleted", async () => {
    const before = {} as Record<Name, Counts>;
    for (const name of Object.keys(DOCUMENTS) as Name[]) before[name] = await attributesOf(name, tokens.admin);
    const now = Date.now();
    const past = { startsAt: new Date(now - 3 * DAY), endsAt: new Date(now - 2 * DAY) };

    // Events: a future draft, a past one of each state, a deleted one.
    const owner = await createUser();
    const draft = await createEvent({ owner, state: "draft" });
    await createEvent({ owner, state: "published", ...past });
    await createEvent({ owner, state: "draft", ...past });
    const gone = await createEvent({ owner, deletedAt: new Date() });
    // Sessions: one in each state, and two that do not count (deleted, of a deleted event).
    for (const state of SESSION_STATES) await createSession({ event: draft, state });
    await createSession({ event: draft, state: "accepted", deletedAt: new Date() });
    await createSession({ event: gone, state: "accepted" });
    // Users: one of each kind; a deleted one and a role on a deleted event do not count.
    await createUser({ isAdmin: true, isSuperAdmin: true });
    await createUser({ isAdmin: true });
    await createUser({ isVerified: false });
    await createUser({ isAdmin: true, deletedAt: new Date() });
    const roles: RoleName[] = ["organizer", "coorganizer", "attendee", "track_organizer"];
    for (const role of roles) await addRole(await createUser(), draft, role);
    await addRole(await createUser({ isVerified: false }), gone, "organizer");
    // Mails: 2, 5, 20 and 40 days old.
    for (const age of [2 * DAY, 5 * DAY, 20 * DAY, 40 * DAY]) await mail(new Date(now - age));

    const after = {} as Record<Name, Counts>;
    for (const name of Object.keys(DOCUMENTS) as Name[]) after[name] = await attributesOf(name, tokens.admin);
    expect(after).toEqual({
      events: plus(before.events, { draft: 1, past: 2 }),
      sessions: plus(before.sessions, { draft: 1, submitted: SESSION_STATES.length - 1, accepted: 1, confirmed: 1, pending: 1, rejected: 1, withdrawn: 1, canceled: 1 }),
      // The new owner and the four role holders are verified; so is nobody else new.
      users: plus(before.users, { "super-admin": 1, admin: 1, verified: 5, unverified: 2, owner: 1, organizer: 1, coorganizer: 1, attendee: 1, "track-organizer": 1 }),
      mails: plus(before.mails, { "three-days": 1, "seven-days": 2, "thirty-days": 3 }),
    });

    await db.event.update({ where: { id: draft.id }, data: { deletedAt: new Date() } });
    expect({ events: await attributesOf("events", tokens.admin), sessions: await attributesOf("sessions", tokens.admin) }).toEqual({
      events: plus(after.events, { draft: -1 }),
      sessions: before.sessions,
    });
    expect(await attributesOf("users", tokens.admin)).toEqual(plus(after.users, { organizer: -1, coorganizer: -1, attendee: -1, "track-organizer": -1 }));
  });

  it("take the same number of queries for a few rows and for many", async () => {
    const measure = async () => {
      const counts: Record<string, number> = {};
      for (const name of Object.keys(DOCUMENTS) as Name[]) {
        const start = queryCount();
        expect((await get(name, tokens.admin)).status).toBe(200);
        counts[name] = queryCount() - start;
      }
      return counts;
    };
    const few = await measure();
    const big = await createEvent({ owner: await createUser() });
    for (let i = 0; i < 50; i++) {
      await createSession({ event: big, state: SESSION_STATES[i % SESSION_STATES.length] });
      if (i % 5 === 0) await addRole(await createUser(), big, "attendee");
      await mail(new Date(Date.now() - i * 13 * HOUR));
    }
    // The caller's account, then one aggregate.
    expect(few).toEqual({ events: 2, sessions: 2, users: 2, mails: 2 });
    expect(await measure()).toEqual(few);
  });
});

describe("GET /v1/admin/statistics/groups", () => {
  it("answers Open Event's group statistics to admins, all 0 (groups are not offered), 403 to others and 401 to the public", async () => {
    const self = "/v1/admin/statistics/groups";
    const get = async (token?: string) => read(await groups(request("GET", self, { token }), noParams));
    for (const token of [tokens.admin, tokens.superAdmin]) {
      expect(await get(token)).toEqual({
        status: 200,
        body: { data: { type: "admin-statistics-group", id: "1", attributes: { groups: 0, "group-events": 0, followers: 0 }, links: { self } }, links: { self }, jsonapi: { version: "1.1" } },
      });
    }
    expect(await get(tokens.user)).toEqual(FORBIDDEN);
    expect(await get(tokens.owner)).toEqual(FORBIDDEN);
    expect(await get()).toEqual(UNAUTHORIZED);
  });
});

describe("GET /v1/admin/statistics/event-types and /event-topics", () => {
  it("answer admins with Open Event's plain lists of id, name and live events, others 403, anonymous callers 401", async () => {
    const list = async (route: typeof eventTypes, path: string, token?: string) => {
      const response = await route(request("GET", `/v1/admin/statistics/${path}`, { token }), noParams);
      return { status: response.status, type: response.headers.get("content-type"), body: (await response.json()) as unknown };
    };
    expect(await list(eventTypes, "event-types", tokens.admin)).toEqual({
      status: 200,
      type: "application/json",
      body: [
        { id: type.id, name: "Conference", count: 1 },
        { id: unusedType.id, name: "Workshop", count: 0 },
      ],
    });
    expect(await list(eventTopics, "event-topics", tokens.superAdmin)).toEqual({ status: 200, type: "application/json", body: [{ id: topic.id, name: "Science", count: 1 }] });
    for (const [route, path] of [
      [eventTypes, "event-types"],
      [eventTopics, "event-topics"],
    ] as const) {
      expect(await read(await route(request("GET", `/v1/admin/statistics/${path}`, { token: tokens.user }), noParams))).toEqual(FORBIDDEN);
      expect(await read(await route(request("GET", `/v1/admin/statistics/${path}`, { token: tokens.owner }), noParams))).toEqual(FORBIDDEN);
      expect(await read(await route(request("GET", `/v1/admin/statistics/${path}`), noParams))).toEqual(UNAUTHORIZED);
    }
  });
});

describe("GET /v1/events/{id}/general-statistics", () => {
  const generalDocument = (target: { id: number; identifier: string }, attributes: Record<string, unknown>) => {
    const self = `/v1/events/${target.id}/general-statistics`;
    return {
      status: 200,
      body: { data: { type: "event-statistics-general", id: String(target.id), attributes: { identifier: target.identifier, ...attributes }, links: { self } }, links: { self }, jsonapi: { version: "1.1" } },
    };
  };
  const EMPTY = {
    sessions: 0,
    "sessions-draft": 0,
    "sessions-submitted": 0,
    "sessions-accepted": 0,
    "sessions-confirmed": 0,
    "sessions-pending": 0,
    "sessions-rejected": 0,
    "sessions-withdrawn": 0,
    "sessions-canceled": 0,
    speakers: { draft: 0, pending: 0, accepted: 0, confirmed: 0, rejected: 0, withdrawn: 0, canceled: 0, total: 0 },
    sponsors: 0,
    "speaker-without-session": 0,
  };

  it("answer co-organizers and up and admins with the whole document; other team members and strangers 403, or 404 for an event they cannot see", async () => {
    const owner = await createUser();
    const published = await createEvent({ owner, state: "published" });
    const draft = await createEvent({ owner, state: "draft" });
    const member = async (target: Event, role: RoleName) => {
      const user = await createUser();
      await addRole(user, target, role);
      return signApiToken(user);
    };
    for (const target of [published, draft]) {
      for (const role of ["owner", "organizer", "coorganizer"] as const) {
        expect(await generalOf(target, await member(target, role)), role).toEqual(generalDocument(target, EMPTY));
      }
      expect(await generalOf(target, tokens.admin)).toEqual(generalDocument(target, EMPTY));
      expect(await generalOf(target, tokens.superAdmin, target.identifier)).toEqual(generalDocument(target, EMPTY));
      for (const role of ["track_organizer", "moderator", "registrar", "attendee"] as const) {
        expect(await generalOf(target, await member(target, role)), role).toEqual({
          status: 403,
          body: errorDocument(403, "FORBIDDEN", "Forbidden", "Only the event's co-organizers and up see its statistics"),
        });
      }
      expect(await generalOf(target)).toEqual({ status: 401, body: errorDocument(401, "UNAUTHORIZED", "Unauthorized", "Sign in to see the statistics of an event") });
    }
    // A stranger sees the published event (403) but not the draft (404, as for a missing event).
    expect(await generalOf(published, tokens.user)).toEqual({ status: 403, body: errorDocument(403, "FORBIDDEN", "Forbidden", "Only the event's co-organizers and up see its statistics") });
    const notFound = { status: 404, body: errorDocument(404, "NOT_FOUND", "Not found", "Event not found") };
    expect(await generalOf(draft, tokens.user)).toEqual(notFound);
    expect(await generalOf({ id: 2147483647 }, tokens.admin)).toEqual(notFound);
    await db.event.update({ where: { id: published.id }, data: { deletedAt: new Date() } });
    expect(await generalOf(published, tokens.admin)).toEqual(notFound);
  });

  it("move by exactly the sessions, speakers and sponsors created, not by deleted ones; in a constant number of queries", async () => {
    const target = await createEvent({ owner: await createUser() });
    const measure = async () => {
      const start = queryCount();
      const answer = await generalOf(target, tokens.admin);
      return { queries: queryCount() - start, answer };
    };
    const empty = await measure();
    expect(empty.answer).toEqual(generalDocument(target, EMPTY));

    // A speaker per session state, one speaker on two sessions (accepted and draft), one without a session, deleted rows.
    const both = await createSpeaker({ event: target });
    for (const state of SESSION_STATES) {
      const speakers = [await createSpeaker({ event: target }), ...(state === "accepted" || state === "draft" ? [both] : [])];
      await createSession({ event: target, state, speakers });
    }
    await createSpeaker({ event: target });
    await createSpeaker({ event: target, deletedAt: new Date() });
    await createSession({ event: target, state: "accepted", deletedAt: new Date(), speakers: [await createSpeaker({ event: target })] });
    await createSponsor({ event: target });
    await createSponsor({ event: target, deletedAt: new Date() });

    const full = await measure();
    expect(full.answer).toEqual(
      generalDocument(target, {
        sessions: 7,
        "sessions-draft": 1,
        "sessions-submitted": 6,
        "sessions-accepted": 1,
        "sessions-confirmed": 1,
        "sessions-pending": 1,
        "sessions-rejected": 1,
        "sessions-withdrawn": 1,
        "sessions-canceled": 1,
        speakers: { draft: 2, pending: 1, accepted: 2, confirmed: 1, rejected: 1, withdrawn: 1, canceled: 1, total: 8 },
        sponsors: 1,
        // The one without a session and the speaker of the deleted session only.
        "speaker-without-session": 2,
      }),
    );
    // The caller's account; then one statement: the event, the caller's roles on it and the counts.
    expect([empty.queries, full.queries]).toEqual([2, 2]);
  });
});
