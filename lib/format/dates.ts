import { DateTime } from "luxon";

/**
 * Event times are stored as instants and always shown and entered in the EVENT's time zone
 * (never the viewer's or the server's), the way a printed programme shows them. Output uses
 * fixed English formats so that server and browser render the same text.
 */

/** The `<input type="datetime-local">` value format. */
const WALL_TIME = "yyyy-LL-dd'T'HH:mm";

/** An instant → the wall time in `zone`, as a datetime-local input value ("" if invalid). */
export function toZoneWallTime(instant: Date | string, zone: string): string {
  const value = typeof instant === "string" ? DateTime.fromISO(instant, { zone }) : DateTime.fromJSDate(instant, { zone });
  return value.isValid ? value.toFormat(WALL_TIME) : "";
}

/**
 * A wall time in `zone` ("2027-06-01T09:00") → the instant as an ISO string, or null when the
 * input or the zone is not valid. A wall time that falls into a DST gap moves forward, as luxon
 * does; an ambiguous one (the repeated hour) takes the earlier offset.
 */
export function fromZoneWallTime(wall: string, zone: string): string | null {
  if (!wall) return null;
  const value = DateTime.fromISO(wall, { zone });
  return value.isValid ? value.toUTC().toISO() : null;
}

function inZone(instant: Date | string, zone: string): DateTime {
  const value = typeof instant === "string" ? DateTime.fromISO(instant) : DateTime.fromJSDate(instant);
  return value.setZone(zone).setLocale("en-GB");
}

/** "Tue, 1 Jun 2027, 09:00 – 17:00" or "Tue, 1 Jun 2027, 09:00 – Thu, 3 Jun 2027, 17:00". */
export function formatEventRange(startsAt: Date | string, endsAt: Date | string, zone: string): string {
  const start = inZone(startsAt, zone);
  const end = inZone(endsAt, zone);
  const day = "ccc, d LLL yyyy";
  if (start.hasSame(end, "day")) return `${start.toFormat(`${day}, HH:mm`)} – ${end.toFormat("HH:mm")}`;
  return `${start.toFormat(`${day}, HH:mm`)} – ${end.toFormat(`${day}, HH:mm`)}`;
}

/** "Tue, 1 Jun 2027" (the start day in the event's zone), for compact lists. */
export function formatEventDay(startsAt: Date | string, zone: string): string {
  return inZone(startsAt, zone).toFormat("ccc, d LLL yyyy");
}

/** "Europe/Berlin (GMT+2)" — the zone's name and its offset at `at` (offsets change with DST). */
export function formatZone(zone: string, at: Date | string = new Date()): string {
  const value = inZone(at, zone);
  if (!value.isValid) return zone;
  const offset = value.offset === 0 ? "UTC" : `GMT${value.toFormat("Z")}`;
  return `${zone} (${offset})`;
}
