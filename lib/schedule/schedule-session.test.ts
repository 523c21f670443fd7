import { describe, expect, it } from "vitest";
import { createEvent, createMicrolocation, createSession, createSessionType, createSpeaker, createUser } from "../../prisma/factories";
import type { Actor } from "../auth/actor";
import { actionFailure } from "../forms/action-result";
import { db, queryCount } from "../db";
import { findConflicts } from "./conflicts";
import { getSchedule } from "./get-schedule";
import { scheduleSession, unscheduleSession } from "./schedule-session";

const actorOf = (user: { id: number; email: string }): NonNullable<Actor> => ({ id: user.id, email: user.email, isAdmin: false, isSuperAdmin: false });

/** The scheduling action's error mapping (lib/schedule/actions.ts). */
const asForm = (error: unknown) =>
  actionFailure(error, { rename: { startsAt: "start", endsAt: "minutes", microlocation: "microlocationId" }, fields: ["microlocationId", "start", "minutes"] });

async function setup() {
  const owner = actorOf(await createUser());
  // 2031-03-05 09:00 – 2031-03-06 18:00 in Tokyo.
  const event = await createEvent({
    owner,
    timezone: "Asia/Tokyo",
    startsAt: new Date("2031-03-05T00:00:00Z"),
    endsAt: new Date("2031-03-06T09:00:00Z"),
  });
  const room = await createMicrolocation({ event, name: "Hall A" });
  const type = await createSessionType({ event, name: "Talk", length: "00:45" });
  const speaker = await createSpeaker({ event, name: "Priya" });
  const a = await createSession({ event, title: "A", state: "pending", startsAt: null, speakers: [speaker], sessionType: type });
  const b = await createSession({ event, title: "B", state: "pending", startsAt: null, speakers: [speaker] });
  return { owner, event, room, type, a, b };
}

describe("scheduling", () => {
  it("places a session at a wall time of the event's zone and shows the room and speaker conflict", async () => {
    const { owner, event, room, a, b } = await setup();
    await scheduleSession(owner, event.identifier, a.id, { microlocationId: String(room.id), start: "2031-03-05T10:00", minutes: "45" });
    await scheduleSession(owner, event.identifier, b.id, { microlocationId: String(room.id), start: "2031-03-05T10:30", minutes: "30" });
    expect(await db.session.findUniqueOrThrow({ where: { id: a.id }, select: { startsAt: true, endsAt: true, microlocationId: true } })).toEqual({
      startsAt: new Date("2031-03-05T01:00:00Z"),
      endsAt: new Date("2031-03-05T01:45:00Z"),
      microlocationId: room.id,
    });

    const schedule = await getSchedule(owner, event.identifier);
    expect(schedule.rooms).toEqual([{ id: room.id, name: "Hall A" }]);
    expect(schedule.sessionTypes.map((type) => type.minutes)).toEqual([45]);
    const conflicts = findConflicts(
      schedule.sessions.map((s) => ({ ...s, speakerIds: s.speakers.map((speaker) => speaker.id) })),
    );
    expect(conflicts.map((c) => [c.kind, c.sessionIds])).toEqual([
      ["room", [a.id, b.id]],
      ["speaker", [a.id, b.id]],
    ]);

    await unscheduleSession(owner, event.identifier, b.id);
    expect(await db.session.findUniqueOrThrow({ where: { id: b.id }, select: { startsAt: true, endsAt: true, microlocationId: true } })).toEqual({
      startsAt: null,
      endsAt: null,
      microlocationId: null,
    });
  });

  it("refuses a time outside the event beside the start, and bad input beside its field", async () => {
    const { owner, event, room, a } = await setup();
    const early = await scheduleSession(owner, event.identifier, a.id, { microlocationId: String(room.id), start: "2031-03-05T08:00", minutes: "30" }).catch(asForm);
    expect(early).toEqual({
      ok: false,
      fieldErrors: { start: "Must not be before the event starts (2031-03-05T00:00:00.000Z)" },
    });
    const late = await scheduleSession(owner, event.identifier, a.id, { microlocationId: String(room.id), start: "2031-03-06T17:45", minutes: "30" }).catch(asForm);
    expect(late).toEqual({ ok: false, fieldErrors: { minutes: "Must not be after the event ends (2031-03-06T09:00:00.000Z)" } });
    const bad = await scheduleSession(owner, event.identifier, a.id, { microlocationId: "", start: "tomorrow", minutes: "2" }).catch(asForm);
    expect(bad).toEqual({
      ok: false,
      fieldErrors: { microlocationId: "Choose a room", start: "Must be a date and time", minutes: "At least 5 minutes" },
    });
  });

  it("is NOT_FOUND for another event's organizer and for a session of another event", async () => {
    const { owner, event, room, a } = await setup();
    const other = await setup();
    const input = { microlocationId: String(room.id), start: "2031-03-05T10:00", minutes: "30" };
    await expect(scheduleSession(other.owner, event.identifier, a.id, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(scheduleSession(owner, event.identifier, other.a.id, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getSchedule(other.owner, event.identifier)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.session.findUniqueOrThrow({ where: { id: a.id } })).startsAt).toBeNull();
  });

  it("loads the session and its event once: a fixed number of queries to place and to remove a session", async () => {
    const { owner, event, room, a } = await setup();
    const counted = async (run: () => Promise<unknown>) => {
      const before = queryCount();
      await run();
      return queryCount() - before;
    };
    const input = { microlocationId: String(room.id), start: "2031-03-05T10:00", minutes: "45" };
    // The session with its event and the actor's standing (6), the room's check (scheduling only,
    // 1), the update and the session it answers in one transaction (9). Loading the event and the
    // session again before the update took 28 and 27.
    expect({
      schedule: await counted(() => scheduleSession(owner, event.identifier, a.id, input)),
      unschedule: await counted(() => unscheduleSession(owner, event.identifier, a.id)),
    }).toEqual({ schedule: 16, unschedule: 15 });
  });
});
