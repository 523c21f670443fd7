import ical, { escape, type ICalEventData } from "ical-generator";
import { htmlToPlainText } from "./plain-text";
import { lookups, publicContactAddress, publicEventUrl, scheduledSlots } from "./schedule";
import { foldLines } from "./fold";
import { icalTimes, type ICalDateTime } from "./ical-time";
import { icalZone } from "./timezone";
import type { ExportData, ExportMicrolocation } from "./types";

/** VEVENTs built per ical-generator calendar (see renderICal). */
const BATCH = 25;

export const ICAL_PRODID = { company: "Open Event", product: "Open Event Schedule", language: "EN" } as const;

export interface ICalOptions {
  /** Restrict the calendar to these session ids (per-session / per-speaker / starred feeds). */
  sessionIds?: ReadonlySet<number>;
  /** Calendar name override (default: the event name). */
  calendarName?: string;
}

/**
 * iCalendar (RFC 5545) of the public schedule: one VEVENT per accepted or confirmed, non-deleted,
 * scheduled session, ordered by start then id (see `scheduledSlots` for the end-time rule).
 *
 * Times: DTSTART/DTEND carry `TZID=<event zone>` with a complete VTIMEZONE, except in an event
 * with an instant in the hour repeated when daylight saving time ends, which is in UTC (see
 * icalEvents). They are given as luxon-like values in the event zone (ical-time.ts):
 * ical-generator formats a native `Date` in the *process* zone when a timezone is set, which
 * would make the output depend on `TZ`.
 *
 * Privacy: ATTENDEE and ORGANIZER use the event's public contact address (or a non-personal
 * no-reply address); a speaker's own email or mobile is never written.
 *
 * Escaping (`\` `;` `,` newline in TEXT, RFC 6868 `^` escapes in quoted parameters) and folding
 * at 75 octets without splitting a UTF-8 sequence are done by ical-generator 11.
 */
export function renderICal(data: ExportData, options: ICalOptions = {}): string {
  const header = icalHeader(data, options);
  // Folded one VEVENT at a time: each is a small flat string (folding one 1.5 MB concatenation
  // costs three times as much).
  let vevents = "";
  for (const vevent of veventTexts(data, options)) vevents += foldLines(vevent); // each ends with CRLF
  const end = header.lastIndexOf("END:VCALENDAR");
  return header.slice(0, end) + vevents + header.slice(end);
}

/**
 * The whole calendar without its events: its properties and VTIMEZONE. renderICal puts the
 * events' text before its `END:VCALENDAR`; renderXCal writes their data (`icalEvents`).
 */
export function icalHeader(data: ExportData, options: ICalOptions = {}): string {
  const { event } = data;
  const zone = icalZone(event.timezone);
  // Unknown to the VTIMEZONE library: times are written in UTC (see icalEvents).
  const tzid = zone?.tzid ?? "UTC";

  // Built by ical-generator in parts: this header carries the calendar properties and the
  // VTIMEZONE; calendars without a zone own the events. Split because ical-generator 11 formats
  // DTSTAMP in the calendar zone without `Z` when the calendar has a zone name (RFC 5545
  // §3.8.7.2 requires UTC), and so that the events' lines are folded by `foldLines` (see
  // fold.ts) instead of the library's slow per-character pass. Each event carries its own TZID.
  // ical-generator writes the calendar's NAME, X-WR-CALNAME and X-WR-CALDESC as they are given:
  // they are TEXT (RFC 7986 §5.1), escaped here, or a name's `;`, `,`, `\` or line break would
  // be read as something else or end the line.
  return (
    ical({
      prodId: ICAL_PRODID,
      name: escape(options.calendarName ?? event.name, false),
      description: escape(`Schedule for sessions at ${event.name}`, false),
      timezone: zone ? { name: zone.tzid, generator: (name) => (name === zone.tzid ? zone.vtimezone : null) } : null,
      x: zone ? [] : [["X-WR-TIMEZONE", tzid]],
    })
      .toString()
      // ical-generator writes `TIMEZONE-ID` beside X-WR-TIMEZONE whenever the calendar has a
      // zone name: neither registered with IANA nor an X- name, so RFC 5545 §3.6 does not allow
      // it (the VTIMEZONE and each TZID parameter name the zone; X-WR-TIMEZONE stays for the
      // clients that read it).
      .replace(`\r\nTIMEZONE-ID:${tzid}\r\n`, "\r\n")
  );
}

/** The VEVENTs' text, built in batches so that ical-generator's objects die young. */
function* veventTexts(data: ExportData, options: ICalOptions): Generator<string> {
  let batch: ICalEventData[] = [];
  for (const event of icalEvents(data, options)) {
    batch.push(event);
    if (batch.length === BATCH) {
      for (const vevent of ical({ events: batch }).events()) yield vevent.toString();
      batch = [];
    }
  }
  for (const vevent of ical({ events: batch }).events()) yield vevent.toString();
}

/** The ical-generator data of the calendar's events (for tests and the bench's baseline). */
export function icalEventData(data: ExportData, options: ICalOptions = {}): ICalEventData[] {
  return [...icalEvents(data, options)];
}

/** A place as VEVENTs give it (LOCATION and GEO), one object per room. */
export interface ICalPlace {
  title: string;
  geo: { lat: number; lon: number } | undefined;
}

/** ical-generator's data of a VEVENT narrowed to what `icalEvents` sets (xCal reads it). */
export interface ICalScheduleEvent extends ICalEventData {
  id: string;
  timezone: string | null;
  start: ICalDateTime;
  end: ICalDateTime;
  stamp: ICalDateTime;
  summary: string;
  description: string | null;
  location: ICalPlace | null;
  url: string;
  categories: { name: string }[];
  organizer: { name: string; email: string };
  attendees: { name: string; email: string }[];
}

/**
 * The calendar's events in order, made one at a time. Objects that repeat from event to event
 * are shared: the organizer, each room's place and each instant's times.
 */
export function* icalEvents(data: ExportData, options: ICalOptions = {}): Generator<ICalScheduleEvent> {
  const { event } = data;
  const zone = icalZone(event.timezone);
  const contact = publicContactAddress(data);
  const stamp = icalTimes(null)(data.generatedAt.getTime());
  // A zone unknown to the VTIMEZONE library gets UTC times (still exact instants) rather than
  // a TZID no calendar could resolve.
  const time = icalTimes(zone?.tzid ?? null);
  const sessionUrl = `${publicEventUrl(data)}/sessions/`;
  const organizer = { name: event.name, email: contact };
  const eventGeo = event.latitude != null && event.longitude != null ? { lat: event.latitude, lon: event.longitude } : undefined;
  // LOCATION: "<room>, <event location>", either part alone when the other is missing; GEO: the
  // room's coordinates, else the event's, only complete pairs. One per room.
  const places = new Map<ExportMicrolocation | undefined, ICalPlace | null>();
  const place = (room: ExportMicrolocation | undefined) => {
    let found = places.get(room);
    if (found === undefined) {
      const title = [room?.name, event.locationName].filter((part) => part && part.trim()).join(", ");
      const geo = room?.latitude != null && room.longitude != null ? { lat: room.latitude, lon: room.longitude } : eventGeo;
      found = title || geo ? { title, geo } : null;
      places.set(room, found);
    }
    return found;
  };

  for (const item of scheduledSlots(data, lookups(data))) {
    const { session } = item;
    if (options.sessionIds && !options.sessionIds.has(session.id)) continue;
    const description = htmlToPlainText(session.shortAbstract);
    const start = time(item.startMs);
    const end = time(item.endMs);
    yield {
      id: `${session.id}-${event.identifier}`,
      // Per event, not only per calendar: ical-generator writes `;TZID=` only for an event zone.
      // An event with an instant in the hour repeated when daylight saving time ends is written
      // in UTC (RFC 5545 §3.3.5 form 2, exact in every reader): as a local time with TZID it
      // would mean the first occurrence (§3.3.5), and even that is read as the second by
      // Python's icalendar and ical.js.
      timezone: zone && !start.wallTimeRepeats && !end.wallTimeRepeats ? zone.tzid : null,
      start,
      end,
      stamp,
      summary: session.title,
      description: description || null,
      location: place(item.room),
      url: sessionUrl + session.id,
      categories: item.track ? [{ name: item.track.name }] : [],
      organizer,
      attendees: item.speakers.map((speaker) => ({ name: speaker.name, email: contact })),
    };
  }
}
