import { ICAL_PRODID } from "../export/render-ical";

/**
 * One VCALENDAR out of several rendered ones (the personal feed spans events, and the iCal
 * renderer renders one event at a time): the VTIMEZONEs once per TZID, every VEVENT in the
 * given order, and the calendar properties of the merged feed.
 *
 * Works on the renderer's output line by line: component boundaries are whole `BEGIN:`/`END:`
 * lines, and folded continuation lines start with a space (RFC 5545 §3.1), so they never look
 * like one. Lines are copied unchanged, so escaping and folding stay the renderer's.
 */

export interface MergedCalendarProperties {
  /** Plain ASCII without `\ ; , ` or newlines (written as is). */
  name: string;
  description: string;
}

const CRLF = "\r\n";

interface Parts {
  timezones: { tzid: string; lines: string[] }[];
  events: string[][];
  /** X-WR-TIMEZONE value, if any. */
  zone: string | null;
}

function parts(calendar: string): Parts {
  const result: Parts = { timezones: [], events: [], zone: null };
  let block: string[] | null = null;
  let kind: "VTIMEZONE" | "VEVENT" | null = null;
  let depth = 0;
  for (const line of calendar.split(CRLF)) {
    if (!block) {
      if (line === "BEGIN:VTIMEZONE" || line === "BEGIN:VEVENT") {
        kind = line === "BEGIN:VTIMEZONE" ? "VTIMEZONE" : "VEVENT";
        block = [line];
        depth = 1;
      } else if (line.startsWith("X-WR-TIMEZONE:")) {
        result.zone = line.slice("X-WR-TIMEZONE:".length);
      }
      continue;
    }
    block.push(line);
    // Nested components (STANDARD/DAYLIGHT, VALARM) inside the block.
    if (line.startsWith("BEGIN:")) depth++;
    else if (line.startsWith("END:")) depth--;
    if (depth > 0) continue;
    if (kind === "VEVENT") result.events.push(block);
    else {
      const tzid = block.find((entry) => entry.startsWith("TZID:"))?.slice(5) ?? "";
      result.timezones.push({ tzid, lines: block });
    }
    block = null;
    kind = null;
  }
  return result;
}

export function mergeCalendars(calendars: readonly string[], properties: MergedCalendarProperties): string {
  const all = calendars.map(parts);
  const timezones = new Map<string, string[]>();
  for (const calendar of all) for (const zone of calendar.timezones) if (!timezones.has(zone.tzid)) timezones.set(zone.tzid, zone.lines);
  const zones = new Set(all.map((calendar) => calendar.zone).filter((zone) => zone !== null));

  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:-//${ICAL_PRODID.company}//${ICAL_PRODID.product}//${ICAL_PRODID.language}`,
    `NAME:${properties.name}`,
    `X-WR-CALNAME:${properties.name}`,
    `X-WR-CALDESC:${properties.description}`,
    // A calendar-wide default zone only when every part agrees on it; each VEVENT carries its TZID.
    ...(zones.size === 1 ? [`X-WR-TIMEZONE:${[...zones][0]}`] : []),
    ...[...timezones.values()].flat(),
    ...all.flatMap((calendar) => calendar.events.flat()),
    "END:VCALENDAR",
  ];
  return lines.join(CRLF) + CRLF;
}
