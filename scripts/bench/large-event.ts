import type { Db } from "../../lib/db";

/** The generated conference of the bench's sessions case (`run.ts`) and of `profile-sessions.ts`. */

/** The size of the generated conference the sessions case reads (far above the demo event). */
export const LARGE = { sessions: 2_000, speakers: 1_500, rooms: 12, tracks: 8, types: 4 };

/** The scale case's conference (an export of it must stay under the memory target). */
export const HUGE = { sessions: 10_000, speakers: 7_500, rooms: 60, tracks: 20, types: 4 };

/**
 * A published event with a published schedule and `size`'s rows (LARGE unless given), written with createMany in a
 * few statements (about a second). Most sessions are accepted or confirmed, so the anonymous
 * list pages through ~1,700 public sessions; each has one or two speakers.
 */
export async function seedLargeEvent(db: Db, size: typeof LARGE = LARGE): Promise<number> {
  const startsAt = new Date("2027-06-01T01:00:00Z");
  const event = await db.event.create({
    data: {
      identifier: `bench${size.sessions}`,
      name: "Bench Conference",
      startsAt,
      endsAt: new Date("2027-06-05T10:00:00Z"),
      timezone: "Asia/Singapore",
      state: "published",
      privacy: "public",
      schedulePublishedOn: new Date("2027-01-01T00:00:00Z"),
    },
    select: { id: true },
  });
  const eventId = event.id;
  const ids = (rows: { id: number }[]) => rows.map((row) => row.id);
  const rooms = ids(await db.microlocation.createManyAndReturn({ data: Array.from({ length: size.rooms }, (_, i) => ({ eventId, name: `Room ${i + 1}`, position: i })), select: { id: true } }));
  const tracks = ids(await db.track.createManyAndReturn({ data: Array.from({ length: size.tracks }, (_, i) => ({ eventId, name: `Track ${i + 1}`, position: i })), select: { id: true } }));
  const types = ids(await db.sessionType.createManyAndReturn({ data: Array.from({ length: size.types }, (_, i) => ({ eventId, name: `Type ${i + 1}`, length: "00:30", position: i })), select: { id: true } }));
  const speakers = ids(
    await db.speaker.createManyAndReturn({
      data: Array.from({ length: size.speakers }, (_, i) => ({
        eventId,
        name: `Speaker ${String(i + 1).padStart(4, "0")}`,
        email: `speaker${i + 1}@bench.example`,
        mobile: `+65 8${String(i).padStart(7, "0")}`,
        shortBiography: "Speaks at benchmark conferences.",
        organisation: "Bench Org",
      })),
      select: { id: true },
    }),
  );
  const states = ["accepted", "confirmed", "accepted", "confirmed", "accepted", "confirmed", "accepted", "confirmed", "pending", "rejected"] as const;
  const sessions = ids(
    await db.session.createManyAndReturn({
      data: Array.from({ length: size.sessions }, (_, i) => {
        // Rooms in parallel, 30-minute slots, 20 slots a day over four days.
        const slot = Math.floor(i / size.rooms);
        const start = new Date(startsAt.getTime() + (Math.floor(slot / 20) * 24 + (slot % 20) * 0.5) * 3600_000);
        return {
          eventId,
          title: `Session ${i + 1}`,
          shortAbstract: "A session generated for the benchmark.",
          language: "English",
          state: states[i % states.length],
          startsAt: start,
          endsAt: new Date(start.getTime() + 30 * 60_000),
          microlocationId: rooms[i % rooms.length],
          trackId: tracks[i % tracks.length],
          sessionTypeId: types[i % types.length],
          submittedAt: startsAt,
        };
      }),
      select: { id: true },
    }),
  );
  const links = sessions.flatMap((sessionId, i) => {
    const first = speakers[i % speakers.length] as number;
    const second = speakers[(i * 7 + 3) % speakers.length] as number;
    return first === second || i % 2 ? [{ sessionId, speakerId: first }] : [{ sessionId, speakerId: first }, { sessionId, speakerId: second }];
  });
  await db.sessionSpeaker.createMany({ data: links, skipDuplicates: true });
  return eventId;
}
