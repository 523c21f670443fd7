import { describe, expect, test } from "vitest";
import { db, queryCount } from "../db";
import { createEvent, createMicrolocation, createSession, createSessionType, createSpeaker, createTrack } from "../../prisma/factories";
import { loadExportData } from "./load-export-data";

/** An event with `sessions` sessions (a third of them pending), one speaker each, 3 rooms and tracks. */
async function eventWith(sessions: number) {
  const event = await createEvent({ schedulePublishedOn: new Date() });
  const [room, track, type] = await Promise.all([createMicrolocation({ event }), createTrack({ event }), createSessionType({ event })]);
  await db.speaker.createMany({
    data: Array.from({ length: sessions }, (_, i) => ({ eventId: event.id, name: `S${i}`, email: `s${i}@private.test`, mobile: `+1 555 ${i}` })),
  });
  const speakers = await db.speaker.findMany({ where: { eventId: event.id }, select: { id: true }, orderBy: { id: "asc" } });
  await db.session.createMany({
    data: speakers.map((_, i) => ({
      eventId: event.id,
      title: `Talk ${i}`,
      state: i % 3 === 0 ? "pending" : "accepted",
      comments: "private organizer note",
      startsAt: new Date(event.startsAt.getTime() + i * 60_000),
      endsAt: new Date(event.startsAt.getTime() + (i + 30) * 60_000),
      microlocationId: room.id,
      trackId: track.id,
      sessionTypeId: type.id,
    })),
  });
  const rows = await db.session.findMany({ where: { eventId: event.id }, select: { id: true }, orderBy: { id: "asc" } });
  await db.sessionSpeaker.createMany({ data: rows.map((row, i) => ({ sessionId: row.id, speakerId: speakers[i]!.id })) });
  return event;
}

async function counted<T>(fn: () => Promise<T>): Promise<{ value: T; queries: number }> {
  const before = queryCount();
  const value = await fn();
  return { value, queries: queryCount() - before };
}

describe("loadExportData", () => {
  test("uses the same number of queries for 10 and 2,000 sessions, for every audience", async () => {
    const small = await eventWith(10);
    const large = await eventWith(2_000);
    for (const audience of ["public", "team", "organizer"] as const) {
      const a = await counted(() => loadExportData(small.id, { audience }));
      const b = await counted(() => loadExportData(large.id, { audience }));
      // 1 event + sessions + their speaker join rows + speakers + rooms + tracks + types + sponsors
      // (the factory event has sponsors disabled: public and team skip them) + social links (+ forms
      // and the event's taxonomy).
      const expected = audience === "organizer" ? 11 : 8;
      expect({ audience, small: a.queries, large: b.queries }).toEqual({ audience, small: expected, large: expected });
      expect(b.value.sessions.length).toBe(audience === "organizer" ? 2_000 : 1_333);
    }
  });

  test("the public audience gets public sessions and speakers only, without private columns", async () => {
    const event = await eventWith(6);
    const data = await loadExportData(event.id, { audience: "public", generatedAt: new Date("2030-01-01T00:00:00Z") });
    expect(data.generatedAt).toEqual(new Date("2030-01-01T00:00:00Z"));
    expect(data.sessions.map((s) => s.title)).toEqual(["Talk 1", "Talk 2", "Talk 4", "Talk 5"]);
    expect(data.speakers.map((s) => s.name)).toEqual(["S1", "S2", "S4", "S5"]);
    expect(data.speakers.every((s) => s.email === null && s.mobile === null && s.complexFieldValues === undefined)).toBe(true);
    expect(data.sessions.every((s) => s.comments === undefined && s.complexFieldValues === undefined)).toBe(true);
    expect(data.customForms).toEqual([]);
    expect(JSON.stringify(data)).not.toMatch(/private/);

    const organizer = await loadExportData(event.id, { audience: "organizer" });
    expect(organizer.sessions).toHaveLength(6);
    expect(organizer.speakers.map((s) => s.email)).toContain("s0@private.test");
    expect(organizer.sessions[0]!.comments).toBe("private organizer note");
  });

  test("filters by sessions or by speaker; the join rows name only speakers in the file", async () => {
    const event = await createEvent({ schedulePublishedOn: new Date() });
    const [ada, bo] = [await createSpeaker({ event, name: "Ada" }), await createSpeaker({ event, name: "Bo" })];
    const hidden = await createSpeaker({ event, name: "Hidden" });
    const both = await createSession({ event, speakers: [ada, bo], title: "Both" });
    const adaOnly = await createSession({ event, speakers: [ada, hidden], title: "Ada only" });
    await createSession({ event, speakers: [hidden], title: "Hidden's draft", state: "draft" });

    const mine = await loadExportData(event.id, { audience: "public", sessionIds: [both.id] });
    expect(mine.sessions.map((s) => s.title)).toEqual(["Both"]);
    expect(mine.speakers.map((s) => s.name)).toEqual(["Ada", "Bo"]);

    const bos = await loadExportData(event.id, { audience: "public", speakerId: bo.id });
    expect(bos.sessions.map((s) => s.title)).toEqual(["Both"]);

    const all = await loadExportData(event.id, { audience: "public" });
    expect(all.sessions.map((s) => [s.title, s.speakers.map((x) => x.speakerId)])).toEqual([
      ["Both", [ada.id, bo.id]],
      ["Ada only", [ada.id, hidden.id]],
    ]);
    expect(adaOnly.id).toBeGreaterThan(both.id);
  });

  test("the public sees no sessions before the schedule is published, and nothing of a draft", async () => {
    const unpublished = await createEvent({ schedulePublishedOn: null });
    await createSession({ event: unpublished, speakers: [await createSpeaker({ event: unpublished })] });
    const data = await loadExportData(unpublished.id, { audience: "public" });
    expect({ sessions: data.sessions, speakers: data.speakers }).toEqual({ sessions: [], speakers: [] });

    const draft = await createEvent({ state: "draft" });
    await expect(loadExportData(draft.id, { audience: "public" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await loadExportData(draft.id, { audience: "organizer" })).event.id).toBe(draft.id);
    const deleted = await createEvent({ deletedAt: new Date() });
    await expect(loadExportData(deleted.id, { audience: "organizer" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(loadExportData(deleted.id, { audience: "team" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  test("the team audience: a draft, private event with an unpublished schedule, public sessions and columns only", async () => {
    const event = await eventWith(6);
    await db.event.update({ where: { id: event.id }, data: { state: "draft", privacy: "private", schedulePublishedOn: null } });
    await expect(loadExportData(event.id, { audience: "public" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const data = await loadExportData(event.id, { audience: "team", generatedAt: new Date("2030-01-01T00:00:00Z") });
    expect({ id: data.event.id, state: data.event.state, privacy: data.event.privacy }).toEqual({ id: event.id, state: "draft", privacy: "private" });
    expect(data.sessions.map((s) => s.title)).toEqual(["Talk 1", "Talk 2", "Talk 4", "Talk 5"]);
    expect(data.speakers.map((s) => s.name)).toEqual(["S1", "S2", "S4", "S5"]);
    expect(data.speakers.every((s) => s.email === null && s.mobile === null && s.complexFieldValues === undefined)).toBe(true);
    expect(data.sessions.every((s) => s.comments === undefined && s.complexFieldValues === undefined)).toBe(true);
    expect(data.customForms).toEqual([]);
    // Speakers' addresses are @private.test, the comments "private organizer note".
    expect(JSON.stringify({ ...data, event: undefined })).not.toMatch(/private/);
    // The same data as the public audience gets once the event and its schedule are published.
    await db.event.update({ where: { id: event.id }, data: { state: "published", privacy: "public", schedulePublishedOn: new Date() } });
    const published = await loadExportData(event.id, { audience: "public", generatedAt: new Date("2030-01-01T00:00:00Z") });
    expect({ ...data, event: { ...data.event, state: "published", privacy: "public", schedulePublishedOn: null } }).toEqual({
      ...published,
      event: { ...published.event, schedulePublishedOn: null },
    });
  });
});
