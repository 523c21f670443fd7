import { DateTime } from "luxon";

/**
 * The schedule grid's geometry, in the EVENT's time zone: which days the event has, which
 * stretch of each day the grid shows, and 15-minute slots. Pure (luxon only) so the page, the
 * client grid and tests agree.
 */

export const SLOT_MINUTES = 15;
const SLOT_MS = SLOT_MINUTES * 60_000;

/** The calendar days ("2031-03-05") the event touches in its zone, first to last. */
export function eventDays(startsAt: Date, endsAt: Date, zone: string): string[] {
  const days: string[] = [];
  let day = DateTime.fromJSDate(startsAt, { zone }).startOf("day");
  const last = DateTime.fromJSDate(new Date(endsAt.getTime() - 1), { zone }).startOf("day");
  // A guard against absurd events: a year of day tabs is more than anyone can use.
  while (day <= last && days.length < 366) {
    days.push(day.toISODate() as string);
    day = day.plus({ days: 1 });
  }
  return days;
}

/** The day ("2031-03-05") an instant falls on in `zone`. */
export const dayOf = (instant: Date, zone: string): string => DateTime.fromJSDate(instant, { zone }).toISODate() as string;

export interface DayWindow {
  startsAt: Date;
  endsAt: Date;
  /** Number of 15-minute rows. */
  slots: number;
}

const floorSlot = (ms: number) => Math.floor(ms / SLOT_MS) * SLOT_MS;
const ceilSlot = (ms: number) => Math.ceil(ms / SLOT_MS) * SLOT_MS;

/**
 * The stretch of `day` the grid shows: the part of the day inside the event, narrowed to
 * 08:00–20:00 (a two-day event from 09:00 to 18:00 would otherwise show 09:00–24:00 and
 * 00:00–18:00), then widened to every session of the day, even one outside the event's hours
 * (imported, or the event moved later): a session clipped to the window's edge would be drawn
 * at a time it does not have. Only the calendar day itself bounds the window.
 */
export function dayWindow(
  day: string,
  zone: string,
  event: { startsAt: Date; endsAt: Date },
  sessions: readonly { startsAt: Date; endsAt: Date }[],
): DayWindow {
  const start = DateTime.fromISO(day, { zone }).startOf("day");
  const midnight = start.toMillis();
  const nextMidnight = start.plus({ days: 1 }).toMillis();
  const dayStart = Math.max(midnight, event.startsAt.getTime());
  const dayEnd = Math.min(nextMidnight, event.endsAt.getTime());
  let from = Math.max(dayStart, start.set({ hour: 8 }).toMillis());
  let to = Math.min(dayEnd, start.set({ hour: 20 }).toMillis());
  if (from >= to) [from, to] = [dayStart, dayEnd];
  if (from >= to) [from, to] = [start.set({ hour: 8 }).toMillis(), start.set({ hour: 20 }).toMillis()];
  for (const session of sessions) {
    from = Math.min(from, Math.max(midnight, session.startsAt.getTime()));
    to = Math.max(to, Math.min(nextMidnight, session.endsAt.getTime()));
  }
  from = floorSlot(from);
  to = Math.max(ceilSlot(to), from + SLOT_MS);
  return { startsAt: new Date(from), endsAt: new Date(to), slots: Math.round((to - from) / SLOT_MS) };
}

/** The rows (0-based, end exclusive) a session covers in the window, clipped to it. */
export function slotSpan(window: DayWindow, startsAt: Date, endsAt: Date): { first: number; last: number } {
  const first = Math.max(0, Math.floor((startsAt.getTime() - window.startsAt.getTime()) / SLOT_MS));
  const last = Math.min(window.slots, Math.ceil((endsAt.getTime() - window.startsAt.getTime()) / SLOT_MS));
  return { first, last: Math.max(last, first + 1) };
}

/** The start of each slot of the window. */
export function slotTimes(window: DayWindow): Date[] {
  return Array.from({ length: window.slots }, (_, index) => new Date(window.startsAt.getTime() + index * SLOT_MS));
}

/** "HH:MM" → minutes (a session type's length); null when it is not such a length. */
export function lengthMinutes(length: string | null | undefined): number | null {
  const match = /^(\d{1,2}):([0-5]\d)$/.exec(length ?? "");
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes > 0 ? minutes : null;
}
