import { beforeAll, describe, expect, it } from "vitest";
import type { Event } from "@/lib/generated/prisma/client";
import {
  createCustomForm,
  createEvent,
  createMicrolocation,
  createSession,
  createSessionType,
  createSpeaker,
  createSpeakersCall,
  createSponsor,
  createSocialLink,
  createTicket,
  createTrack,
} from "@/prisma/factories";
import { db, queryCount } from "../db";
import { publicPageStamp, publicScheduleStamp } from "./schedule-stamp";

let event: Event, other: Event;

beforeAll(async () => {
  event = await createEvent({ schedulePublishedOn: new Date() });
  other = await createEvent({ schedulePublishedOn: new Date() });
});

/** The stamps of `event` before and after `write`, and of the other event. */
async function around(write: () => Promise<unknown>) {
  const before = { schedule: await publicScheduleStamp(event.id), page: await publicPageStamp(event.identifier), other: await publicPageStamp(String(other.id)) };
  await write();
  const after = { schedule: await publicScheduleStamp(event.id), page: await publicPageStamp(event.identifier), other: await publicPageStamp(String(other.id)) };
  return { schedule: after.schedule !== before.schedule, page: after.page !== before.page, other: after.other !== before.other };
}

describe("public stamps", () => {
  it("change with every insert, update and delete of the event's schedule rows, by the data layer or by hand, and not for another event", async () => {
    const writes: [string, () => Promise<unknown>][] = [
      ["session", () => createSession({ event, state: "accepted" })],
      ["speaker", () => createSpeaker({ event })],
      ["room", () => createMicrolocation({ event })],
      ["track", () => createTrack({ event })],
      ["session type", () => createSessionType({ event })],
      ["session by hand", () => db.$executeRaw`UPDATE "Session" SET title = title || '!' WHERE "eventId" = ${event.id}`],
      ["speaker link", async () => {
        const [session, speaker] = await Promise.all([db.session.findFirstOrThrow({ where: { eventId: event.id } }), db.speaker.findFirstOrThrow({ where: { eventId: event.id } })]);
        await db.sessionSpeaker.create({ data: { sessionId: session.id, speakerId: speaker.id } });
      }],
      ["speaker link by hand", () => db.$executeRaw`DELETE FROM "SessionSpeaker" WHERE "sessionId" IN (SELECT id FROM "Session" WHERE "eventId" = ${event.id})`],
      ["room deleted", () => db.microlocation.deleteMany({ where: { eventId: event.id } })],
      ["the event row", () => db.event.update({ where: { id: event.id }, data: { name: "Renamed" } })],
    ];
    for (const [name, write] of writes) {
      expect({ name, ...(await around(write)) }).toEqual({ name, schedule: true, page: true, other: false });
    }
  });

  it("of a page change with the rest of what it shows; the schedule's stamp does not", async () => {
    const writes: [string, () => Promise<unknown>][] = [
      ["sponsor", () => createSponsor({ event })],
      ["social link", () => createSocialLink({ event })],
      ["ticket", () => createTicket({ event })],
      ["call for speakers", () => createSpeakersCall({ event })],
      ["form field", () => createCustomForm({ event })],
      ["sponsor by hand", () => db.$executeRaw`DELETE FROM "Sponsor" WHERE "eventId" = ${event.id}`],
    ];
    for (const [name, write] of writes) {
      expect({ name, ...(await around(write)) }).toEqual({ name, schedule: false, page: true, other: false });
    }
  });

  it("stay the same without a write, are one statement each, and a rolled-back write leaves them as they were", async () => {
    const stamp = await publicPageStamp(event.identifier);
    const before = queryCount();
    expect(await publicPageStamp(event.identifier)).toBe(stamp);
    expect(await publicScheduleStamp(event.id)).toBe(await publicScheduleStamp(event.id));
    expect(queryCount() - before).toBe(3);
    await expect(
      db.$transaction(async (tx) => {
        await tx.session.create({ data: { eventId: event.id, title: "Never", state: "accepted" } });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await publicPageStamp(event.identifier)).toBe(stamp);
  });

  it("of an event that does not exist yet change when it is created", async () => {
    const identifier = `stamp-${Date.now().toString(36)}`;
    const missing = await publicPageStamp(identifier);
    await createEvent({ identifier });
    expect(await publicPageStamp(identifier)).not.toBe(missing);
  });
});
