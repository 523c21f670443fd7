import { DateTime } from "luxon";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { getEventAccess } from "./access";
import { eventSessionScope } from "./scope";
import { PUBLIC_SESSION_STATES } from "./states";

/**
 * Open Event's `GET /v1/events/{id|identifier}/sessions/dates` and `/sessions/languages`: plain
 * JSON lists its frontend builds the schedule's day and language filters from. Here an event the
 * caller may not view is 404, and only sessions they see count (OES answers for any event to
 * anyone, languages of unpublished proposals included); a day is the event's calendar day, where
 * OES takes the UTC date, which puts a morning session in Singapore on the day before.
 */

/** The event's days, "2027-03-11", on which an accepted or confirmed session the caller sees starts, in order. */
export async function findSessionDates(actor: Actor, eventKey: string): Promise<string[]> {
  const event = await getEventAccess(actor, eventKey);
  const rows = await db.session.findMany({
    where: { AND: [eventSessionScope(actor, event), { state: { in: [...PUBLIC_SESSION_STATES] }, startsAt: { not: null } }] },
    select: { startsAt: true },
    distinct: ["startsAt"],
  });
  const days = rows.map((row) => DateTime.fromJSDate(row.startsAt!, { zone: event.timezone }).toISODate()!);
  return [...new Set(days)].sort();
}

/** The languages of the sessions the caller sees, each once, in order. */
export async function findSessionLanguages(actor: Actor, eventKey: string): Promise<string[]> {
  const event = await getEventAccess(actor, eventKey);
  const rows = await db.session.findMany({
    where: { AND: [eventSessionScope(actor, event), { language: { not: null } }, { NOT: { language: "" } }] },
    select: { language: true },
    distinct: ["language"],
    orderBy: { language: "asc" },
  });
  return rows.map((row) => row.language!);
}
