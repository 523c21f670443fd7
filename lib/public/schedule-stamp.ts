import { countedQuery } from "../db";
import { Prisma } from "../generated/prisma/client";
import { hasNul, parseRowId } from "../jsonapi/input";

/**
 * 64-bit hash sums over rows' ids and `xmin` (the id of the transaction that wrote the row
 * version): an insert, an update or a delete of any of the rows changes the sum, whatever wrote
 * it. `event` is SQL naming the event's id; each part reads the event's rows through its
 * `eventId` index.
 */
function scheduleParts(event: Prisma.Sql): Prisma.Sql[] {
  return [
    Prisma.sql`(SELECT sum(hashtextextended(e.id || ':' || e.xmin::text, 0)::numeric) FROM "Event" e WHERE e.id = ${event})`,
    Prisma.sql`(SELECT sum(hashtextextended(s.id || ':' || s.xmin::text, 0)::numeric) FROM "Session" s WHERE s."eventId" = ${event})`,
    Prisma.sql`(SELECT sum(hashtextextended(p.id || ':' || p.xmin::text, 0)::numeric) FROM "Speaker" p WHERE p."eventId" = ${event})`,
    Prisma.sql`(SELECT sum(hashtextextended(l."sessionId" || '-' || l."speakerId" || ':' || l.xmin::text, 0)::numeric)
       FROM "SessionSpeaker" l JOIN "Session" s ON s.id = l."sessionId" WHERE s."eventId" = ${event})`,
    Prisma.sql`(SELECT sum(hashtextextended(m.id || ':' || m.xmin::text, 0)::numeric) FROM "Microlocation" m WHERE m."eventId" = ${event})`,
    Prisma.sql`(SELECT sum(hashtextextended(t.id || ':' || t.xmin::text, 0)::numeric) FROM "Track" t WHERE t."eventId" = ${event})`,
    Prisma.sql`(SELECT sum(hashtextextended(y.id || ':' || y.xmin::text, 0)::numeric) FROM "SessionType" y WHERE y."eventId" = ${event})`,
  ];
}

/**
 * What a public page shows besides the schedule: the event's sponsors, social links, tickets,
 * call for speakers and form fields, its topic, sub-topic and type (a topic's image stands in for
 * a missing event image), and the site's settings and pages (header and footer).
 */
function pageParts(event: Prisma.Sql): Prisma.Sql[] {
  return [
    Prisma.sql`(SELECT sum(hashtextextended(x.id || ':' || x.xmin::text, 0)::numeric) FROM "Sponsor" x WHERE x."eventId" = ${event})`,
    Prisma.sql`(SELECT sum(hashtextextended(x.id || ':' || x.xmin::text, 0)::numeric) FROM "SocialLink" x WHERE x."eventId" = ${event})`,
    Prisma.sql`(SELECT sum(hashtextextended(x.id || ':' || x.xmin::text, 0)::numeric) FROM "Ticket" x WHERE x."eventId" = ${event})`,
    Prisma.sql`(SELECT sum(hashtextextended(c.id || ':' || c.xmin::text, 0)::numeric) FROM "SpeakersCall" c WHERE c."eventId" = ${event})`,
    Prisma.sql`(SELECT sum(hashtextextended(f.id || ':' || f.xmin::text, 0)::numeric) FROM "CustomForm" f WHERE f."eventId" = ${event})`,
    Prisma.sql`(SELECT sum(hashtextextended(x.id || ':' || x.xmin::text, 0)::numeric) FROM "EventTopic" x JOIN "Event" e ON e."eventTopicId" = x.id WHERE e.id = ${event})`,
    Prisma.sql`(SELECT sum(hashtextextended(x.id || ':' || x.xmin::text, 0)::numeric) FROM "EventSubTopic" x JOIN "Event" e ON e."eventSubTopicId" = x.id WHERE e.id = ${event})`,
    Prisma.sql`(SELECT sum(hashtextextended(x.id || ':' || x.xmin::text, 0)::numeric) FROM "EventType" x JOIN "Event" e ON e."eventTypeId" = x.id WHERE e.id = ${event})`,
    Prisma.sql`(SELECT sum(hashtextextended(g.id || ':' || g.xmin::text, 0)::numeric) FROM "Setting" g)`,
    Prisma.sql`(SELECT sum(hashtextextended(g.id || ':' || g.xmin::text, 0)::numeric) FROM "Page" g)`,
  ];
}

/** Every cached public request asks for a stamp, so it goes straight to the pool, not through Prisma. */
async function stampOf(parts: Prisma.Sql[]): Promise<string> {
  const statement = Prisma.sql`SELECT concat_ws('/', ${Prisma.join(parts)}) AS stamp`;
  const [row] = await countedQuery<{ stamp: string }>(undefined, statement.text, statement.values);
  return row?.stamp ?? "";
}

/**
 * A stamp of everything the public schedule of an event is built from: the event row, its
 * sessions, speakers, session↔speaker links, rooms, tracks and session types. One statement.
 */
export function publicScheduleStamp(eventId: number): Promise<string> {
  return stampOf(scheduleParts(Prisma.sql`${eventId}`));
}

/**
 * A stamp of everything a public page of the event addressed by `idOrIdentifier` (as in its URL)
 * shows: its schedule's rows and the rest of pageParts. One statement; an event that does not
 * exist has a stamp too (all parts empty), which changes when it is created.
 */
export function publicPageStamp(idOrIdentifier: string): Promise<string> {
  const id = /^\d+$/.test(idOrIdentifier) ? (parseRowId(idOrIdentifier) ?? -1) : null;
  const event =
    id !== null
      ? Prisma.sql`${id}::int`
      : Prisma.sql`(SELECT id FROM "Event" WHERE identifier = ${hasNul(idOrIdentifier) ? "" : idOrIdentifier})`;
  return stampOf([...scheduleParts(event), ...pageParts(event)]);
}
