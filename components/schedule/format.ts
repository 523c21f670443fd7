import { DateTime } from "luxon";

/**
 * Schedule texts in the EVENT's zone with fixed English formats, so server and browser render
 * the same (see lib/format/dates.ts for the same rule on other pages).
 */
const inZone = (instant: Date, zone: string) => DateTime.fromJSDate(instant, { zone }).setLocale("en-GB");

/**
 * A schedule formats the same few instants and days over and over (each session's start and end,
 * every render, in the server and again as the browser types a filter), and a luxon value is
 * costly to make: each text is made once per zone and kept, up to a bound.
 */
function remembered(format: (value: string, zone: string) => string): (value: string, zone: string) => string {
  const texts = new Map<string, string>();
  return (value, zone) => {
    const key = `${zone} ${value}`;
    let text = texts.get(key);
    if (text === undefined) {
      if (texts.size >= 20_000) texts.clear();
      text = format(value, zone);
      texts.set(key, text);
    }
    return text;
  };
}

const timeText = remembered((millis, zone) => inZone(new Date(Number(millis)), zone).toFormat("HH:mm"));

export const formatTime = (instant: Date, zone: string) => timeText(String(instant.getTime()), zone);

/** "Wed 5 Mar" for a day ("2031-03-05") of the event. */
export const formatDayTab = remembered((day, zone) => DateTime.fromISO(day, { zone }).setLocale("en-GB").toFormat("ccc d LLL"));

/** "Wed, 5 Mar 2031, 10:00–10:45" */
export function formatSlot(startsAt: Date, endsAt: Date, zone: string): string {
  const start = inZone(startsAt, zone);
  const end = inZone(endsAt, zone);
  const endText = start.hasSame(end, "day") ? end.toFormat("HH:mm") : end.toFormat("ccc, d LLL yyyy, HH:mm");
  return `${start.toFormat("ccc, d LLL yyyy, HH:mm")}–${endText}`;
}
