import { DateTime } from "luxon";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { getEvent } from "../events/get-event";
import type { LoadedEvent } from "../events/load";
import { SessionState } from "../generated/prisma/enums";

/** The seven session states in the order a submission moves through them. */
export const SESSION_STATES = Object.values(SessionState);
export type SessionStateName = (typeof SESSION_STATES)[number];

/** States whose sessions are on the programme (what the public schedule and exports show). */
export const PROGRAMME_STATES = ["accepted", "confirmed"] as const satisfies readonly SessionStateName[];

export interface EventOverview {
  event: LoadedEvent;
  /** Non-deleted sessions per state; all seven states, zeros included, in SESSION_STATES order. */
  sessionsByState: { state: SessionStateName; count: number }[];
  sessions: number;
  /** Calendar days the event spans in its own time zone. */
  days: number;
  rooms: number;
  tracks: number;
  sessionTypes: number;
  speakers: number;
  /**
   * Accepted and confirmed sessions per day of their start in the event's zone: every day of
   * the event (zeros included), plus any other day a session was scheduled on, in date order.
   */
  sessionsPerDay: { date: string; count: number }[];
  /** Accepted and confirmed sessions without a start time yet. */
  unscheduled: number;
}

/**
 * The dashboard overview of one event for its team (`content.view-private`; anyone else gets
 * NOT_FOUND). Beyond loading the event, the numbers take a fixed three queries however big
 * the event is: sessions grouped by state, one row of counts, and sessions grouped by day.
 */
export async function getEventOverview(actor: Actor, idOrIdentifier: string | number): Promise<EventOverview> {
  const event = await getEvent(actor, idOrIdentifier, "content.view-private");
  const eventId = event.id;
  const programme = [...PROGRAMME_STATES];

  const [byState, [counts], perDay] = await Promise.all([
    db.session.groupBy({ by: ["state"], where: { eventId, deletedAt: null }, _count: { _all: true } }),
    db.$queryRaw<{ rooms: number; tracks: number; sessionTypes: number; speakers: number; unscheduled: number }[]>`
      SELECT
        (SELECT count(*)::int FROM "Microlocation" WHERE "eventId" = ${eventId} AND "deletedAt" IS NULL) AS rooms,
        (SELECT count(*)::int FROM "Track" WHERE "eventId" = ${eventId} AND "deletedAt" IS NULL) AS tracks,
        (SELECT count(*)::int FROM "SessionType" WHERE "eventId" = ${eventId} AND "deletedAt" IS NULL) AS "sessionTypes",
        (SELECT count(*)::int FROM "Speaker" WHERE "eventId" = ${eventId} AND "deletedAt" IS NULL) AS speakers,
        (SELECT count(*)::int FROM "Session" WHERE "eventId" = ${eventId} AND "deletedAt" IS NULL
           AND "startsAt" IS NULL AND state::text = ANY(${programme}::text[])) AS unscheduled`,
    // Days are the event's, not the server's. Prisma stores UTC instants in `timestamp without
    // time zone` columns, so the value is first read as UTC, then shown in the event's zone.
    db.$queryRaw<{ date: string; count: number }[]>`
      SELECT to_char((("startsAt" AT TIME ZONE 'UTC') AT TIME ZONE ${event.timezone})::date, 'YYYY-MM-DD') AS date, count(*)::int AS count
      FROM "Session"
      WHERE "eventId" = ${eventId} AND "deletedAt" IS NULL AND "startsAt" IS NOT NULL
        AND state::text = ANY(${programme}::text[])
      GROUP BY 1 ORDER BY 1`,
  ]);

  const stateCounts = new Map(byState.map((row) => [row.state, row._count._all]));
  const sessionsByState = SESSION_STATES.map((state) => ({ state, count: stateCounts.get(state) ?? 0 }));
  const eventDays = daysOf(event.startsAt, event.endsAt, event.timezone);
  const dayCounts = new Map<string, number>(eventDays.map((date) => [date, 0]));
  for (const row of perDay) dayCounts.set(row.date, row.count);

  return {
    event,
    sessionsByState,
    sessions: sessionsByState.reduce((sum, row) => sum + row.count, 0),
    days: eventDays.length,
    rooms: counts?.rooms ?? 0,
    tracks: counts?.tracks ?? 0,
    sessionTypes: counts?.sessionTypes ?? 0,
    speakers: counts?.speakers ?? 0,
    sessionsPerDay: [...dayCounts].sort(([a], [b]) => a.localeCompare(b)).map(([date, count]) => ({ date, count })),
    unscheduled: counts?.unscheduled ?? 0,
  };
}

/**
 * The calendar dates ("2027-03-11") from the start to the end in `zone`. An end at exactly
 * midnight closes the previous day rather than opening a new one.
 */
export function daysOf(startsAt: Date, endsAt: Date, zone: string): string[] {
  const start = DateTime.fromJSDate(startsAt, { zone }).startOf("day");
  const endInstant = DateTime.fromJSDate(endsAt, { zone });
  const end = (endInstant > DateTime.fromJSDate(startsAt) ? endInstant.minus({ milliseconds: 1 }) : endInstant).startOf("day");
  const days: string[] = [];
  // Bounded so that a corrupt range cannot make the page loop for years.
  for (let day = start; day <= end && days.length < 366; day = day.plus({ days: 1 })) days.push(day.toISODate() ?? "");
  return days;
}
