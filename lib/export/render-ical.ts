import ical, { type ICalEventData } from "ical-generator";
import { htmlToPlainText } from "./plain-text";
import { lookups, publicContactAddress, publicEventUrl, scheduledSlots } from "./schedule";
import { foldLines } from "./fold";
import { icalTimes } from "./ical-time";
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
  const { header, events } = icalParts(data, options);
  // Folded one VEVENT at a time: each is a small flat string (folding one 1.5 MB concatenation
  // costs three times as much).
  let vevents = "";
  for (const vevent of events) vevents += foldLines(vevent); // each ends with CRLF
  const end = header.lastIndexOf("END:VCALENDAR");
  return header.slice(0, end) + vevents + header.slice(end);
}

/**
 * The calendar in parts: `header` is the whole calendar without its events (properties and
 * VTIMEZONE), `events` the text of each VEVENT in order, unfolded, made as they are read.
 * renderICal folds the events and puts them before `END:VCALENDAR`; xCal (render-xcal.ts)
 * parses each on its own (RFC 5545 §3.1: folding is transport only, so unfolded lines are
 * the same content).
 */
export function icalParts(data: ExportData, options: ICalOptions = {}): { header: string; events: Iterable<string> } {
  const { event } = data;
  const zone = icalZone(event.timezone);
  // Unknown to the VTIMEZONE library: times are written in UTC (see icalEvents).
  const tzid = zone?.tzid ?? "UTC";

  // Built by ical-generator in parts: `header` carries the calendar properties and the
  // VTIMEZONE; calendars without a zone own the events. Split because ical-generator 11 formats
  // DTSTAMP in the calendar zone without `Z` when the calendar has a zone name (RFC 5545
  // §3.8.7.2 requires UTC), and so that the events' lines are folded by `foldLines` (see
  // fold.ts) instead of the library's slow per-character pass. Each event carries its own TZID.
  const header = ical({
    prodId: ICAL_PRODID,
    name: options.calendarName ?? event.name,
    description: `Schedule for sessions at ${event.name}`,
    timezone: zone ? { name: zone.tzid, generator: (name) => (name === zone.tzid ? zone.vtimezone : null) } : null,
    x: zone ? [] : [["X-WR-TIMEZONE", tzid]],
  })
    .toString()
    // ical-generator writes `TIMEZONE-ID` beside X-WR-TIMEZONE whenever the calendar has a zone
    // name: neither registered with IANA nor an X- name, so RFC 5545 §3.6 does not allow it (the
    // VTIMEZONE and each TZID parameter name the zone; X-WR-TIMEZONE stays for the clients that
    // read it).
    .replace(`\r\nTIMEZONE-ID:${tzid}\r\n`, "\r\n");
  return { header, events: veventTexts(data, options) };
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

/** The calendar's events in order, made one at a time. */
function* icalEvents(data: ExportData, options: ICalOptions): Generator<ICalEventData> {
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
  const places = new Map<ExportMicrolocation | undefined, { title: string; geo: { lat: number; lon: number } | undefined } | null>();
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
