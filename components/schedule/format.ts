import { DateTime } from "luxon";

/**
 * Schedule texts in the EVENT's zone with fixed English formats, so server and browser render
 * the same (see lib/format/dates.ts for the same rule on other pages).
 */
const inZone = (instant: Date, zone: string) => DateTime.fromJSDate(instant, { zone }).setLocale("en-GB");

export const formatTime = (instant: Date, zone: string) => inZone(instant, zone).toFormat("HH:mm");

/** "Wed 5 Mar" for a day ("2031-03-05") of the event. */
export const formatDayTab = (day: string, zone: string) => DateTime.fromISO(day, { zone }).setLocale("en-GB").toFormat("ccc d LLL");

/** "Wed, 5 Mar 2031, 10:00–10:45" */
export function formatSlot(startsAt: Date, endsAt: Date, zone: string): string {
  const start = inZone(startsAt, zone);
  const end = inZone(endsAt, zone);
  const endText = start.hasSame(end, "day") ? end.toFormat("HH:mm") : end.toFormat("ccc, d LLL yyyy, HH:mm");
  return `${start.toFormat("ccc, d LLL yyyy, HH:mm")}–${endText}`;
}
