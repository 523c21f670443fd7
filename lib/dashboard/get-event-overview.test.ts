import { beforeAll, describe, expect, it } from "vitest";
import { addRole, createEvent, createMicrolocation, createSession, createSpeaker, createUser } from "../../prisma/factories";
import { seed } from "../../prisma/seed";
import { DEMO_DAYS, ROOMS, SESSION_TYPES, SESSIONS, SPEAKERS, TRACKS, scheduleSessions } from "../../prisma/seed/demo-event";
import type { Actor } from "../auth/actor";
import { db, queryCount } from "../db";
import { daysOf, getEventOverview, SESSION_STATES } from "./get-event-overview";

const actorOf = (user: { id: number; email: string; isAdmin: boolean; isSuperAdmin: boolean }): NonNullable<Actor> => ({
  id: user.id,
  email: user.email,
  isAdmin: user.isAdmin,
  isSuperAdmin: user.isSuperAdmin,
});

let organizer: NonNullable<Actor>;

beforeAll(async () => {
  await seed();
  organizer = actorOf(await db.user.findUniqueOrThrow({ where: { email: "organizer@example.com" } }));
});

describe("getEventOverview", () => {
  it("counts the seeded demo event", async () => {
    const overview = await getEventOverview(organizer, "ots2027");
    const slots = scheduleSessions();
    const onProgramme = SESSIONS.filter((s) => s.state === "accepted" || s.state === "confirmed");
    const perDay = DEMO_DAYS.map((date, i) => ({
      date,
      count: onProgramme.filter((s) => slots.get(s.key)?.day === i + 1).length,
    }));

    const { event, ...numbers } = overview;
    expect(event.identifier).toBe("ots2027");
    expect(numbers).toEqual({
      sessionsByState: SESSION_STATES.map((state) => ({ state, count: SESSIONS.filter((s) => s.state === state).length })),
      sessions: SESSIONS.length,
      days: 2,
      rooms: ROOMS.length,
      tracks: TRACKS.length,
      sessionTypes: SESSION_TYPES.length,
      speakers: SPEAKERS.length,
      sessionsPerDay: perDay,
      unscheduled: onProgramme.filter((s) => !slots.has(s.key)).length,
    });
    // The derivation above is not vacuous: the demo has sessions in every bucket it reports.
    expect(SESSION_STATES).toEqual(["draft", "pending", "accepted", "confirmed", "rejected", "withdrawn", "canceled"]);
    expect(numbers.sessions).toBe(40);
    expect(perDay.every((day) => day.count > 0)).toBe(true);
    // And they agree with the database itself.
    expect(numbers.sessions).toBe(await db.session.count({ where: { event: { identifier: "ots2027" }, deletedAt: null } }));
  });

  it("loads in a constant number of queries, however big the event", async () => {
    const owner = actorOf(await createUser());
    const event = await createEvent({ owner, timezone: "Asia/Tokyo" });
    const room = await createMicrolocation({ event });
    const speaker = await createSpeaker({ event });
    await createSession({ event, microlocation: room, speakers: [speaker] });

    const measure = async () => {
      const before = queryCount();
      await getEventOverview(owner, event.id);
      return queryCount() - before;
    };
    const one = await measure();
    for (let i = 0; i < 100; i++) {
      await createSession({ event, microlocation: room, state: SESSION_STATES[i % SESSION_STATES.length], speakers: [speaker] });
    }
    await createSpeaker({ event });
    const many = await measure();
    // Four for the event with the actor's roles (see getEvent), then three aggregates.
    expect([one, many]).toEqual([7, 7]);
    expect((await getEventOverview(owner, event.id)).sessions).toBe(101);
  });

  it("groups sessions by day in the event's zone, not the server's", async () => {
    const owner = actorOf(await createUser());
    // 23:30 UTC on 1 June is already 2 June in Tokyo.
    const event = await createEvent({
      owner,
      timezone: "Asia/Tokyo",
      startsAt: new Date("2031-06-01T00:00:00Z"),
      endsAt: new Date("2031-06-02T09:00:00Z"),
    });
    await createSession({ event, startsAt: new Date("2031-06-01T23:30:00Z"), endsAt: new Date("2031-06-02T00:00:00Z") });
    await createSession({ event, startsAt: new Date("2031-06-01T01:00:00Z"), endsAt: new Date("2031-06-01T02:00:00Z") });
    await createSession({ event, state: "rejected", startsAt: new Date("2031-06-01T01:00:00Z"), endsAt: null });
    await createSession({ event, state: "confirmed", startsAt: null, endsAt: null });
    // Scheduled outside the event's days: still shown, in date order.
    await createSession({ event, startsAt: new Date("2031-06-05T01:00:00Z"), endsAt: null });
    const overview = await getEventOverview(owner, event.id);
    expect([overview.days, overview.sessionsPerDay, overview.unscheduled]).toEqual([
      2,
      [
        { date: "2031-06-01", count: 1 },
        { date: "2031-06-02", count: 1 },
        { date: "2031-06-05", count: 1 },
      ],
      1,
    ]);
  });

  it("counts days in the event's zone; an end at midnight closes the last day", () => {
    expect(daysOf(new Date("2031-06-01T01:00:00Z"), new Date("2031-06-01T15:30:00Z"), "Asia/Tokyo")).toEqual(["2031-06-01", "2031-06-02"]);
    expect(daysOf(new Date("2031-06-01T01:00:00Z"), new Date("2031-06-01T15:00:00Z"), "Asia/Tokyo")).toEqual(["2031-06-01"]);
    expect(daysOf(new Date("2031-06-01T00:00:00Z"), new Date("2031-06-03T00:00:00Z"), "UTC")).toEqual(["2031-06-01", "2031-06-02"]);
  });

  it("answers NOT_FOUND to people outside the event's team and allows staff", async () => {
    const stranger = actorOf(await createUser());
    await expect(getEventOverview(stranger, "ots2027")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getEventOverview(null, "ots2027")).rejects.toMatchObject({ code: "NOT_FOUND" });
    const attendee = actorOf(await createUser());
    const event = await db.event.findUniqueOrThrow({ where: { identifier: "ots2027" } });
    await addRole(attendee, event, "attendee");
    await expect(getEventOverview(attendee, "ots2027")).rejects.toMatchObject({ code: "NOT_FOUND" });
    const moderator = actorOf(await createUser());
    await addRole(moderator, event, "moderator");
    expect((await getEventOverview(moderator, event.id)).sessions).toBe(40);
  });
});
