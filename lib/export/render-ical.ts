import ical, { type ICalEventData } from "ical-generator";
import { DateTime } from "luxon";
import { htmlToPlainText } from "./plain-text";
import { lookups, publicContactAddress, publicSessionUrl, scheduledSessions } from "./schedule";
import { foldLines } from "./fold";
import { ICalDateTime } from "./ical-time";
import { icalZone, MemoIanaZone } from "./timezone";
import type { ExportData } from "./types";

export const ICAL_PRODID = { company: "Open Event", product: "Open Event Schedule", language: "EN" } as const;

export interface ICalOptions {
  /** Restrict the calendar to these session ids (per-session / per-speaker / starred feeds). */
  sessionIds?: ReadonlySet<number>;
  /** Calendar name override (default: the event name). */
  calendarName?: string;
}

/**
 * iCalendar (RFC 5545) of the public schedule: one VEVENT per accepted or confirmed, non-deleted,
 * scheduled session, ordered by start then id (see `scheduledSessions` for the end-time rule).
 *
 * Times: DTSTART/DTEND carry `TZID=<event zone>` with a complete VTIMEZONE. They are luxon
 * values in the event zone: ical-generator formats a native `Date` in the *process* zone when a
 * timezone is set, which would make the output depend on `TZ`.
 *
 * Privacy: ATTENDEE and ORGANIZER use the event's public contact address (or a non-personal
 * no-reply address); a speaker's own email or mobile is never written.
 *
 * Escaping (`\` `;` `,` newline in TEXT, RFC 6868 `^` escapes in quoted parameters) and folding
 * at 75 octets without splitting a UTF-8 sequence are done by ical-generator 11.
 */
export function renderICal(data: ExportData, options: ICalOptions = {}): string {
  const { event } = data;
  const zone = icalZone(event.timezone);
  // Unknown to the VTIMEZONE library: times are written in UTC (see icalEventData).
  const tzid = zone?.tzid ?? "UTC";
  const events = icalEventData(data, options);

  // Two calendars, both built by ical-generator: `header` carries the calendar properties and
  // the VTIMEZONE; `body` owns the events. Split because ical-generator 11 formats DTSTAMP in
  // the calendar zone without `Z` when the calendar has a zone name (RFC 5545 §3.8.7.2 requires
  // UTC), and so that the events' lines are folded by `foldLines` (see fold.ts) instead of the
  // library's slow per-character pass. Each event carries its own TZID.
  const header = ical({
    prodId: ICAL_PRODID,
    name: options.calendarName ?? event.name,
    description: `Schedule for sessions at ${event.name}`,
    timezone: zone ? { name: zone.tzid, generator: (name) => (name === zone.tzid ? zone.vtimezone : null) } : null,
    x: zone ? [] : [["X-WR-TIMEZONE", tzid]],
  }).toString();
  const body = ical({ events });
  let vevents = "";
  for (const vevent of body.events()) vevents += vevent.toString(); // each ends with CRLF
  const end = header.lastIndexOf("END:VCALENDAR");
  return header.slice(0, end) + foldLines(vevents) + header.slice(end);
}

/** The ical-generator data of the calendar's events (exported for the folding test). */
export function icalEventData(data: ExportData, options: ICalOptions = {}): ICalEventData[] {
  const { event } = data;
  const zone = icalZone(event.timezone);
  const contact = publicContactAddress(data);
  const stamp = new ICalDateTime(DateTime.fromJSDate(data.generatedAt, { zone: "utc" }));
  const found = lookups(data);
  // A zone unknown to the VTIMEZONE library gets UTC times (still exact instants) rather than
  // a TZID no calendar could resolve.
  const luxonZone = zone ? new MemoIanaZone(zone.tzid) : "utc";

  const events: ICalEventData[] = [];
  for (const item of scheduledSessions(data, luxonZone, found)) {
    const { session, room } = item;
    if (options.sessionIds && !options.sessionIds.has(session.id)) continue;
    // LOCATION: "<room>, <event location>"; either part alone when the other is missing.
    const location = [room?.name, event.locationName].filter((part) => part && part.trim()).join(", ");
    // GEO: the room's coordinates, else the event's; only complete pairs.
    const geo = room?.latitude != null && room.longitude != null
      ? { lat: room.latitude, lon: room.longitude }
      : event.latitude != null && event.longitude != null
        ? { lat: event.latitude, lon: event.longitude }
        : undefined;
    const description = htmlToPlainText(session.shortAbstract);
    events.push({
      id: `${session.id}-${event.identifier}`,
      // Per event, not only per calendar: ical-generator writes `;TZID=` only for an event zone.
      timezone: zone?.tzid ?? null,
      start: new ICalDateTime(item.start),
      end: new ICalDateTime(item.end),
      stamp,
      summary: session.title,
      description: description || null,
      location: location || geo ? { title: location, geo } : null,
      url: publicSessionUrl(data, session.id),
      categories: item.track ? [{ name: item.track.name }] : [],
      organizer: { name: event.name, email: contact },
      attendees: item.speakers.map((speaker) => ({ name: speaker.name, email: contact })),
    });
  }

  return events;
}
