import { db } from "../db";

/**
 * A stamp of everything the public schedule of an event is built from: the event row, its
 * sessions, speakers, session↔speaker links, rooms, tracks and session types. Each table adds a
 * 64-bit hash sum over its rows' ids and `xmin` (the id of the transaction that wrote the row
 * version), so an insert, an update or a delete of any of those rows changes the stamp, whatever
 * wrote it. One statement over the event's rows through the `eventId` indexes.
 */
export async function publicScheduleStamp(eventId: number): Promise<string> {
  const [row] = await db.$queryRaw<{ stamp: string }[]>`
    SELECT concat_ws('/',
      (SELECT sum(hashtextextended(e.id || ':' || e.xmin::text, 0)::numeric) FROM "Event" e WHERE e.id = ${eventId}),
      (SELECT sum(hashtextextended(s.id || ':' || s.xmin::text, 0)::numeric) FROM "Session" s WHERE s."eventId" = ${eventId}),
      (SELECT sum(hashtextextended(p.id || ':' || p.xmin::text, 0)::numeric) FROM "Speaker" p WHERE p."eventId" = ${eventId}),
      (SELECT sum(hashtextextended(l."sessionId" || '-' || l."speakerId" || ':' || l.xmin::text, 0)::numeric)
         FROM "SessionSpeaker" l JOIN "Session" s ON s.id = l."sessionId" WHERE s."eventId" = ${eventId}),
      (SELECT sum(hashtextextended(m.id || ':' || m.xmin::text, 0)::numeric) FROM "Microlocation" m WHERE m."eventId" = ${eventId}),
      (SELECT sum(hashtextextended(t.id || ':' || t.xmin::text, 0)::numeric) FROM "Track" t WHERE t."eventId" = ${eventId}),
      (SELECT sum(hashtextextended(y.id || ':' || y.xmin::text, 0)::numeric) FROM "SessionType" y WHERE y."eventId" = ${eventId})
    ) AS stamp`;
  return row?.stamp ?? "";
}
