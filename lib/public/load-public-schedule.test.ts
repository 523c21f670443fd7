import { describe, expect, it } from "vitest";
import { createEvent, createMicrolocation, createSession, createSpeaker, createTrack, createUser } from "../../prisma/factories";
import { db, queryCount } from "../db";
import { updateEventSchema } from "../events/schemas";
import { updateEvent } from "../events/update-event";
import { updateSessionSchema } from "../sessions/schemas";
import { updateSession } from "../sessions/update-session";
import { asActor } from "../testing/actors";
import { loadPublicSchedule } from "./load-public-pages";

/** The schedule as a visitor reads it: titles with their room, track and speakers, then the filters' choices. */
async function shown(eventId: number) {
  const schedule = await loadPublicSchedule(eventId);
  return {
    sessions: schedule.sessions.map((session) => [session.title, session.room, session.track?.name ?? null, session.speakers.map((speaker) => speaker.name)]),
    unscheduled: schedule.unscheduled.map((session) => session.title),
    rooms: schedule.rooms,
    tracks: schedule.tracks.map((track) => track.name),
  };
}

async function scheduledEvent() {
  const owner = await createUser();
  const event = await createEvent({ owner, schedulePublishedOn: new Date("2027-01-01T00:00:00Z") });
  const room = await createMicrolocation({ event, name: "Hall A" });
  const track = await createTrack({ event, name: "Web" });
  const ada = await createSpeaker({ event, name: "Ada" });
  const talk = await createSession({ event, title: "Opening", microlocation: room, track, speakers: [ada] });
  return { organizer: asActor(owner), event, room, track, ada, talk };
}

describe("loadPublicSchedule across requests", () => {
  it("answers a repeated read with one query (the stamp) and the same schedule", async () => {
    const { event } = await scheduledEvent();
    const first = await shown(event.id);
    const before = queryCount();
    expect(await shown(event.id)).toEqual(first);
    expect(queryCount() - before).toBe(1);
  });

  it("shows a write at once, whatever wrote it: a service, the data layer, SQL by hand", async () => {
    const { organizer, event, room, track, ada, talk } = await scheduledEvent();
    expect(await shown(event.id)).toEqual({ sessions: [["Opening", "Hall A", "Web", ["Ada"]]], unscheduled: [], rooms: ["Hall A"], tracks: ["Web"] });

    await updateSession(organizer, String(talk.id), updateSessionSchema.parse({ title: "Welcome" }));
    expect((await shown(event.id)).sessions).toEqual([["Welcome", "Hall A", "Web", ["Ada"]]]);

    await db.microlocation.update({ where: { id: room.id }, data: { name: "Main hall" } });
    await db.track.update({ where: { id: track.id }, data: { name: "Frontend" } });
    await db.speaker.update({ where: { id: ada.id }, data: { name: "Ada L." } });
    expect(await shown(event.id)).toEqual({ sessions: [["Welcome", "Main hall", "Frontend", ["Ada L."]]], unscheduled: [], rooms: ["Main hall"], tracks: ["Frontend"] });

    await db.$executeRaw`DELETE FROM "SessionSpeaker" WHERE "sessionId" = ${talk.id}`;
    expect((await shown(event.id)).sessions).toEqual([["Welcome", "Main hall", "Frontend", []]]);

    const later = await createSession({ event, title: "Closing", startsAt: null });
    expect((await shown(event.id)).unscheduled).toEqual(["Closing"]);
    await db.session.delete({ where: { id: later.id } });
    expect((await shown(event.id)).unscheduled).toEqual([]);
  });

  it("drops a session the moment it stops being public, and everything when the schedule is unpublished", async () => {
    const { organizer, event, talk } = await scheduledEvent();
    const proposal = await createSession({ event, title: "Proposed", state: "pending" });
    expect((await shown(event.id)).sessions.map(([title]) => title)).toEqual(["Opening"]);

    await updateSession(organizer, String(proposal.id), updateSessionSchema.parse({ state: "accepted" }));
    expect((await shown(event.id)).sessions.map(([title]) => title)).toEqual(["Opening", "Proposed"]);

    await updateSession(organizer, String(talk.id), updateSessionSchema.parse({ state: "canceled" }));
    expect((await shown(event.id)).sessions.map(([title]) => title)).toEqual(["Proposed"]);

    await updateEvent(organizer, event.id, updateEventSchema.parse({ schedulePublishedOn: null }));
    expect(await shown(event.id)).toEqual({ sessions: [], unscheduled: [], rooms: [], tracks: [] });
  });

  it("never answers for an event that is no longer public", async () => {
    const { event } = await scheduledEvent();
    await shown(event.id);
    await db.event.update({ where: { id: event.id }, data: { privacy: "private" } });
    await expect(loadPublicSchedule(event.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await db.event.update({ where: { id: event.id }, data: { privacy: "public", state: "draft" } });
    await expect(loadPublicSchedule(event.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
