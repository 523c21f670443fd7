import { countedQuery } from "../db";
import { Prisma } from "../generated/prisma/client";
import { hasNul, parseRowId } from "../jsonapi/input";

/**
 * A 64-bit hash sum over rows' ids and `xmin` (the id of the transaction that wrote the row
 * version): an insert, an update or a delete of any of the rows changes the sum, whatever wrote
 * it. For the few rows of a page's own: the event, its topic, sub-topic and type, the site's
 * settings and pages.
 */
const rowsSum = (rows: Prisma.Sql) => Prisma.sql`coalesce((SELECT sum(hashtextextended(x.id || ':' || x.xmin::text, 0)::numeric) FROM ${rows}), 0)`;

/**
 * The event's counter `part` of EventContentVersion, which triggers raise in every transaction
 * that writes the event's rows of that part (see the migration event_content_versions), whatever
 * wrote them: one row to read however big the event.
 */
const version = (event: Prisma.Sql, part: "schedule" | "page") =>
  Prisma.sql`coalesce((SELECT ${Prisma.raw(`"${part}"`)} FROM "EventContentVersion" WHERE "eventId" = ${event}), 0)`;

/** The event row and its schedule: sessions, speakers, their links, rooms, tracks, session types. */
function scheduleParts(event: Prisma.Sql): Prisma.Sql[] {
  return [rowsSum(Prisma.sql`"Event" x WHERE x.id = ${event}`), version(event, "schedule")];
}

/**
 * What a public page shows besides the schedule: the event's sponsors, social links, tickets,
 * call for speakers and form fields, its topic, sub-topic and type (a topic's image stands in for
 * a missing event image), and the site's settings and pages (header and footer).
 */
function pageParts(event: Prisma.Sql): Prisma.Sql[] {
  return [
    version(event, "page"),
    rowsSum(Prisma.sql`"EventTopic" x JOIN "Event" e ON e."eventTopicId" = x.id WHERE e.id = ${event}`),
    rowsSum(Prisma.sql`"EventSubTopic" x JOIN "Event" e ON e."eventSubTopicId" = x.id WHERE e.id = ${event}`),
    rowsSum(Prisma.sql`"EventType" x JOIN "Event" e ON e."eventTypeId" = x.id WHERE e.id = ${event}`),
    rowsSum(Prisma.sql`"Setting" x`),
    rowsSum(Prisma.sql`"Page" x`),
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
