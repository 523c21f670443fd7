import { beforeAll, describe, expect, it } from "vitest";
import {
  addRole,
  createEvent,
  createEventTopic,
  createEventType,
  createSession,
  createSpeaker,
  createSponsor,
  createUser,
} from "../../prisma/factories";
import type { Actor } from "../auth/actor";
import { db, queryCount } from "../db";
import { ADMIN_EVENT_STATES, parseAdminEventListParams } from "../events/admin-events-query";
import { findAdminEvents } from "../events/find-admin-events";
import type { RoleName, SessionState } from "../generated/prisma/enums";
import { findMails } from "../mail/find-mails";
import { parseSessionListParams, sessionListQuery } from "../sessions/dashboard-query";
import { findAdminSessions } from "../sessions/find-admin-sessions";
import { findEventSessions } from "../sessions/find-sessions";
import { SESSION_STATES } from "../sessions/states";
import { parseSpeakerListParams, speakerListQuery } from "../speakers/dashboard-query";
import { findEventSpeakers } from "../speakers/find-speakers";
import { parseUserListParams, userListQuery } from "../users/admin-users-query";
import { USER_CATEGORIES } from "../users/categories";
import { findUsers } from "../users/find-users";
import { findEventTopicStatistics, findEventTypeStatistics } from "./find-event-taxonomy-statistics";
import { findMailsPerDay, MAIL_SERIES_DAYS } from "./find-mails-per-day";
import { getAdminEventStatistics, type AdminEventStatistics } from "./get-admin-event-statistics";
import { getAdminMailStatistics, MAIL_STATISTICS_DAYS, type AdminMailStatistics } from "./get-admin-mail-statistics";
import { getAdminSessionStatistics, type AdminSessionStatistics } from "./get-admin-session-statistics";
import { getAdminUserStatistics, type AdminUserStatistics } from "./get-admin-user-statistics";
import { getEventGeneralStatistics } from "./get-event-general-statistics";
import { asActor } from "../testing/actors";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

let admin: NonNullable<Actor>;

beforeAll(async () => {
  admin = asActor(await createUser({ isAdmin: true, isSuperAdmin: true }));
});

/** Every admin document at once, as the dashboard loads them. */
async function platform(now: Date) {
  return {
    events: await getAdminEventStatistics(admin, now),
    sessions: await getAdminSessionStatistics(admin),
    users: await getAdminUserStatistics(admin),
    mails: await getAdminMailStatistics(admin, now),
  };
}

/** `base` with each number of `delta` added. */
function plus<T extends { [K in keyof T]: number }>(base: T, delta: Partial<T>): T {
  const add = delta as Record<string, number | undefined>;
  return Object.fromEntries(Object.entries(base as Record<string, number>).map(([key, value]) => [key, value + (add[key] ?? 0)])) as T;
}

const mail = (time: Date) => db.mail.create({ data: { recipient: "stats@example.test", time, action: "test", subject: "Stats", message: "<p>x</p>" } });

describe("the admin statistics", () => {
  it("move as rows of every state, kind and age are created and deleted", async () => {
    const now = new Date();
    const before = await platform(now);
    const past = { startsAt: new Date(now.getTime() - 3 * DAY), endsAt: new Date(now.getTime() - 2 * DAY) };

    // Events: a future draft, a future published event, a past one of each state, a deleted one.
    const owner = await createUser();
    const draft = await createEvent({ owner, state: "draft" });
    await createEvent({ owner, state: "published" });
    await createEvent({ owner, state: "published", ...past });
    await createEvent({ owner, state: "draft", ...past });
    const gone = await createEvent({ owner, deletedAt: new Date() });

    // Sessions: one in each state in the draft event, and two that do not count (deleted, of a deleted event).
    for (const state of SESSION_STATES) await createSession({ event: draft, state });
    await createSession({ event: draft, state: "accepted", deletedAt: new Date() });
    await createSession({ event: gone, state: "accepted" });

    // Users: one of each kind (the owner above is a verified owner); a deleted one does not count.
    await createUser({ isSuperAdmin: true, isAdmin: true });
    await createUser({ isAdmin: true });
    await createUser({ isVerified: false });
    await createUser({ isAdmin: true, deletedAt: new Date() });
    const roles: RoleName[] = ["organizer", "coorganizer", "attendee", "track_organizer"];
    for (const role of roles) await addRole(await createUser(), draft, role);
    // Roles that do not count: on a deleted event, and a revoked role row.
    await addRole(await createUser({ isVerified: false }), gone, "organizer");
    await db.usersEventsRoles.update({ where: { id: (await addRole(await createUser(), draft, "moderator")).id }, data: { deletedAt: new Date() } });

    // Mails: 1 hour, 2, 5, 20 and 40 days old.
    for (const age of [HOUR, 2 * DAY, 5 * DAY, 20 * DAY, 40 * DAY]) await mail(new Date(now.getTime() - age));

    const after = await platform(now);
    expect(after).toEqual({
      events: plus<AdminEventStatistics>(before.events, { draft: 1, published: 1, past: 2 }),
      sessions: plus<AdminSessionStatistics>(before.sessions, {
        draft: 1,
        submitted: SESSION_STATES.length - 1,
        accepted: 1,
        confirmed: 1,
        pending: 1,
        rejected: 1,
        withdrawn: 1,
        canceled: 1,
      }),
      users: plus<AdminUserStatistics>(before.users, {
        superAdmin: 1,
        admin: 1,
        // The owner, the four role holders and the holder of the revoked role.
        verified: 6,
        // One without roles, one whose only role is on a deleted event.
        unverified: 2,
        owner: 1,
        organizer: 1,
        coorganizer: 1,
        attendee: 1,
        trackOrganizer: 1,
      }),
      mails: plus<AdminMailStatistics>(before.mails, { oneDay: 1, threeDays: 2, sevenDays: 3, thirtyDays: 4 }),
    });

    // Deleting takes rows out again: the draft event (with its sessions and roles), the owner.
    await db.event.update({ where: { id: draft.id }, data: { deletedAt: new Date() } });
    const withoutDraft = await platform(now);
    expect(withoutDraft).toEqual({
      ...after,
      events: plus<AdminEventStatistics>(after.events, { draft: -1 }),
      sessions: before.sessions,
      users: plus<AdminUserStatistics>(after.users, { organizer: -1, coorganizer: -1, attendee: -1, trackOrganizer: -1 }),
    });
    await db.user.update({ where: { id: owner.id }, data: { deletedAt: new Date() } });
    expect((await platform(now)).users).toEqual(plus<AdminUserStatistics>(withoutDraft.users, { verified: -1, owner: -1 }));
  });

  it("count events per type and per topic: live events of live entries, entries without events included", async () => {
    const type = await createEventType({ name: "Aaa conference" });
    const unused = await createEventType({ name: "Aab unused" });
    const deletedType = await createEventType({ name: "Aac deleted", deletedAt: new Date() });
    const topic = await createEventTopic({ name: "Aaa science" });
    const types = async () => (await findEventTypeStatistics(admin)).filter((row) => row.name.startsWith("Aa"));
    const topics = async () => (await findEventTopicStatistics(admin)).filter((row) => row.name.startsWith("Aa"));
    expect(await types()).toEqual([
      { id: type.id, name: "Aaa conference", count: 0 },
      { id: unused.id, name: "Aab unused", count: 0 },
    ]);

    await createEvent({ eventTypeId: type.id, eventTopicId: topic.id, state: "draft" });
    await createEvent({ eventTypeId: type.id, eventTopicId: topic.id, endsAt: new Date(Date.now() - DAY), startsAt: new Date(Date.now() - 2 * DAY) });
    await createEvent({ eventTypeId: type.id, eventTopicId: topic.id, deletedAt: new Date() });
    await createEvent({ eventTypeId: deletedType.id });
    expect(await types()).toEqual([
      { id: type.id, name: "Aaa conference", count: 2 },
      { id: unused.id, name: "Aab unused", count: 0 },
    ]);
    expect(await topics()).toEqual([{ id: topic.id, name: "Aaa science", count: 2 }]);
  });

  it("chart mails per UTC day over the last thirty days, zeros included", async () => {
    const now = new Date("2031-05-20T10:00:00Z");
    await db.mail.createMany({
      data: ["2031-05-20T09:59:00Z", "2031-05-20T00:00:00Z", "2031-05-19T23:59:59Z", "2031-04-21T00:00:00Z", "2031-04-20T23:59:59Z", "2031-05-20T10:30:00Z"].map(
        (time) => ({ recipient: "series@example.test", time: new Date(time), action: "test", subject: "Series", message: "x" }),
      ),
    });
    const series = await findMailsPerDay(admin, now);
    expect(series).toHaveLength(MAIL_SERIES_DAYS);
    expect(series[0]).toEqual({ date: "2031-04-21", count: 1 });
    expect(series.at(-1)).toEqual({ date: "2031-05-20", count: 3 });
    expect(series.at(-2)).toEqual({ date: "2031-05-19", count: 1 });
    expect(series.slice(1, -2).every((day) => day.count === 0)).toBe(true);
    // Each day is the mail log's list of that day.
    for (const day of [series[0], series.at(-1), series.at(-2), series[5]]) {
      expect((await findMails(admin, { date: day!.date })).count).toBe(day!.count);
    }
  });

  it("agree with the lists each number links to", async () => {
    const now = new Date();
    const owner = await createUser();
    const topic = await createEventTopic();
    const type = await createEventType();
    const draft = await createEvent({ owner, state: "draft", eventTopicId: topic.id, eventTypeId: type.id });
    await createEvent({ owner, state: "published", eventTopicId: topic.id, deletedAt: new Date() });
    await createEvent({ owner, startsAt: new Date(now.getTime() - 2 * DAY), endsAt: new Date(now.getTime() - DAY), eventTypeId: type.id });
    for (const state of SESSION_STATES) await createSession({ event: draft, state });
    await createSession({ event: draft, state: "pending", deletedAt: new Date() });
    await addRole(await createUser({ isVerified: false }), draft, "track_organizer");
    for (const age of [HOUR, 4 * DAY, 10 * DAY]) await mail(new Date(now.getTime() - age));

    const events = await getAdminEventStatistics(admin, now);
    for (const state of ADMIN_EVENT_STATES.filter((state) => state !== "deleted")) {
      expect((await findAdminEvents(admin, parseAdminEventListParams({ state }), now)).count, state).toBe(events[state]);
    }
    const sessions = await getAdminSessionStatistics(admin);
    for (const state of [...SESSION_STATES, "submitted"] as const) {
      expect((await findAdminSessions(admin, parseSessionListParams({ state }))).count, state).toBe(sessions[state]);
    }
    const users = await getAdminUserStatistics(admin);
    const userKeys: Record<string, keyof AdminUserStatistics> = { "super-admin": "superAdmin", "track-organizer": "trackOrganizer" };
    for (const category of USER_CATEGORIES) {
      const key = userKeys[category] ?? (category as keyof AdminUserStatistics);
      expect((await findUsers(admin, userListQuery(parseUserListParams({ role: category })))).count, category).toBe(users[key]);
    }
    const mails = await getAdminMailStatistics(admin, now);
    for (const [key, days] of Object.entries(MAIL_STATISTICS_DAYS)) {
      expect((await findMails(admin, { days }, now)).count, key).toBe(mails[key as keyof AdminMailStatistics]);
    }
    for (const row of await findEventTopicStatistics(admin)) {
      expect((await findAdminEvents(admin, parseAdminEventListParams({ topic: String(row.id) }), now)).count, row.name).toBe(row.count);
    }
    for (const row of await findEventTypeStatistics(admin)) {
      expect((await findAdminEvents(admin, parseAdminEventListParams({ type: String(row.id) }), now)).count, row.name).toBe(row.count);
    }
  });

  it("take one query each, however many rows there are", async () => {
    const now = new Date();
    const measure = async () => {
      const counts: number[] = [];
      for (const load of [
        () => getAdminEventStatistics(admin, now),
        () => getAdminSessionStatistics(admin),
        () => getAdminUserStatistics(admin),
        () => getAdminMailStatistics(admin, now),
        () => findMailsPerDay(admin, now),
        () => findEventTypeStatistics(admin),
        () => findEventTopicStatistics(admin),
      ]) {
        const start = queryCount();
        await load();
        counts.push(queryCount() - start);
      }
      return counts;
    };
    const few = await measure();
    const event = await createEvent({ owner: await createUser(), eventTopicId: (await createEventTopic()).id, eventTypeId: (await createEventType()).id });
    for (let i = 0; i < 60; i++) {
      await createSession({ event, state: SESSION_STATES[i % SESSION_STATES.length] });
      if (i % 3 === 0) await addRole(await createUser(), event, "attendee");
      await mail(new Date(now.getTime() - i * 11 * HOUR));
    }
    const many = await measure();
    expect({ few, many }).toEqual({ few: [1, 1, 1, 1, 1, 1, 1], many: [1, 1, 1, 1, 1, 1, 1] });
  });

  it("are for admins only: others FORBIDDEN, anonymous callers UNAUTHORIZED", async () => {
    const user = asActor(await createUser());
    const services = [
      (actor: Actor) => getAdminEventStatistics(actor),
      (actor: Actor) => getAdminSessionStatistics(actor),
      (actor: Actor) => getAdminUserStatistics(actor),
      (actor: Actor) => getAdminMailStatistics(actor),
      (actor: Actor) => findMailsPerDay(actor),
      (actor: Actor) => findEventTypeStatistics(actor),
      (actor: Actor) => findEventTopicStatistics(actor),
    ];
    for (const service of services) {
      await expect(service(user)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(service(null)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
      await expect(service(asActor(await createUser({ isAdmin: true })))).resolves.toBeDefined();
    }
  });
});

describe("an event's general statistics", () => {
  it("count its live sessions per state, its speakers per session state and without one, and its sponsors", async () => {
    const owner = await createUser();
    const event = await createEvent({ owner, state: "draft" });
    const other = await createEvent({ owner });
    const empty = await getEventGeneralStatistics(asActor(owner), event.identifier);
    expect(empty).toEqual({
      id: event.id,
      identifier: event.identifier,
      sessions: 0,
      sessionsDraft: 0,
      sessionsSubmitted: 0,
      sessionsAccepted: 0,
      sessionsConfirmed: 0,
      sessionsPending: 0,
      sessionsRejected: 0,
      sessionsWithdrawn: 0,
      sessionsCanceled: 0,
      speakers: { draft: 0, pending: 0, accepted: 0, confirmed: 0, rejected: 0, withdrawn: 0, canceled: 0, total: 0 },
      sponsors: 0,
      speakerWithoutSession: 0,
    });

    // Ada speaks in an accepted and a pending session, Grace in an accepted one; Joan in a deleted
    // session only; Kim in none; a deleted speaker and the other event's do not count.
    const [ada, grace, joan, kim] = [await createSpeaker({ event }), await createSpeaker({ event }), await createSpeaker({ event }), await createSpeaker({ event })];
    const deletedSpeaker = await createSpeaker({ event, deletedAt: new Date() });
    await createSession({ event, state: "accepted", speakers: [ada, grace, deletedSpeaker] });
    await createSession({ event, state: "pending", speakers: [ada] });
    await createSession({ event, state: "rejected", deletedAt: new Date(), speakers: [joan] });
    for (const state of SESSION_STATES) await createSession({ event, state });
    await createSession({ event: other, state: "accepted", speakers: [await createSpeaker({ event: other })] });
    await createSponsor({ event });
    await createSponsor({ event });
    await createSponsor({ event, deletedAt: new Date() });
    void kim;

    const stats = await getEventGeneralStatistics(asActor(owner), event.id);
    expect(stats).toEqual({
      ...empty,
      sessions: 9,
      sessionsDraft: 1,
      sessionsSubmitted: 8,
      sessionsAccepted: 2,
      sessionsConfirmed: 1,
      sessionsPending: 2,
      sessionsRejected: 1,
      sessionsWithdrawn: 1,
      sessionsCanceled: 1,
      speakers: { draft: 0, pending: 1, accepted: 2, confirmed: 0, rejected: 0, withdrawn: 0, canceled: 0, total: 2 },
      sponsors: 2,
      speakerWithoutSession: 2,
    });

    // The same numbers as the lists they link to.
    const organizer = asActor(owner);
    const sessionsIn = async (state: string) => (await findEventSessions(organizer, String(event.id), sessionListQuery(parseSessionListParams({ state })))).count;
    expect(await sessionsIn("")).toBe(stats.sessions);
    expect(await sessionsIn("submitted")).toBe(stats.sessionsSubmitted);
    for (const state of SESSION_STATES) {
      const key = `sessions${state[0]!.toUpperCase()}${state.slice(1)}` as keyof typeof stats;
      expect(await sessionsIn(state), state).toBe(stats[key]);
    }
    const speakersWith = async (sessions: string) => (await findEventSpeakers(organizer, String(event.id), speakerListQuery(parseSpeakerListParams({ sessions })))).count;
    expect(await speakersWith("any")).toBe(stats.speakers.total);
    expect(await speakersWith("none")).toBe(stats.speakerWithoutSession);
    expect(await speakersWith("")).toBe(stats.speakers.total + stats.speakerWithoutSession);
    for (const state of SESSION_STATES) expect(await speakersWith(state), state).toBe(stats.speakers[state as SessionState]);
    expect(await db.sponsor.count({ where: { eventId: event.id, deletedAt: null } })).toBe(stats.sponsors);
  });

  it("take one query (the event, the caller's roles on it and the counts), however big the event", async () => {
    const owner = asActor(await createUser());
    const event = await createEvent({ owner });
    const measure = async () => {
      const start = queryCount();
      await getEventGeneralStatistics(owner, event.identifier);
      return queryCount() - start;
    };
    const few = await measure();
    for (let i = 0; i < 40; i++) {
      await createSession({ event, state: SESSION_STATES[i % SESSION_STATES.length], speakers: [await createSpeaker({ event })] });
    }
    await createSponsor({ event });
    expect([few, await measure()]).toEqual([1, 1]);
  });

  it("are for co-organizers and up and admins; others FORBIDDEN, or NOT_FOUND when they cannot see the event; anonymous callers UNAUTHORIZED", async () => {
    const owner = await createUser();
    const event = await createEvent({ owner, state: "published" });
    const allowed: RoleName[] = ["owner", "organizer", "coorganizer"];
    const refused: RoleName[] = ["track_organizer", "moderator", "registrar", "attendee"];
    for (const role of allowed) {
      const user = await createUser();
      await addRole(user, event, role);
      expect((await getEventGeneralStatistics(asActor(user), event.id)).identifier, role).toBe(event.identifier);
    }
    for (const role of refused) {
      const user = await createUser();
      await addRole(user, event, role);
      await expect(getEventGeneralStatistics(asActor(user), event.id), role).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(getEventGeneralStatistics(asActor(await createUser()), event.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const draft = await createEvent({ owner, state: "draft" });
    await expect(getEventGeneralStatistics(asActor(await createUser()), draft.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getEventGeneralStatistics(null, event.id)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect((await getEventGeneralStatistics(admin, event.identifier)).id).toBe(event.id);
    await expect(getEventGeneralStatistics(admin, "no-such-event")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await db.event.update({ where: { id: event.id }, data: { deletedAt: new Date() } });
    await expect(getEventGeneralStatistics(asActor(owner), event.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getEventGeneralStatistics(admin, event.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
