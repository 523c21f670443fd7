import ICAL from "ical.js";
import { IANAZone } from "luxon";
import { describe, expect, it } from "vitest";
import { parseWithPython, readInstants } from "./__fixtures__/checkers";
import { exportData, exportEvent, session, utc } from "./__fixtures__/export-data";
import { renderICal } from "./render-ical";
import { renderXCal } from "./render-xcal";
import { wallTimeRepeats } from "./timezone";
import type { ExportSession } from "./types";

/**
 * Sessions around the daylight-saving transitions of 2027 must come out at their exact instants
 * in every reader: Python's icalendar (by TZID and through the file's VTIMEZONE), vobject
 * (through the file's VTIMEZONE), ical.js (through the file's VTIMEZONE) and the xCal file read
 * with the system's zone data.
 */

const MINUTE = 60_000;

/** Each zone's 2027 transitions: [backward or forward, UTC instant]. Checked against the zone data below. */
const TRANSITIONS: Record<string, string[]> = {
  "Europe/Berlin": ["2027-03-28T01:00:00Z", "2027-10-31T01:00:00Z"],
  "America/New_York": ["2027-03-14T07:00:00Z", "2027-11-07T06:00:00Z"],
  // Southern hemisphere: daylight saving time ends in April.
  "Australia/Sydney": ["2027-04-03T16:00:00Z", "2027-10-02T16:00:00Z"],
  // A half-hour shift.
  "Australia/Lord_Howe": ["2027-04-03T15:00:00Z", "2027-10-02T15:30:00Z"],
};

/** Every quarter hour from 3 h before to 3 h after each transition, 15, 45, 60 and 90 minutes long. */
function sessionsAround(transitions: string[]): ExportSession[] {
  const sessions: ExportSession[] = [];
  for (const transition of transitions) {
    const at = Date.parse(transition);
    for (let quarter = -12; quarter <= 12; quarter++) {
      for (const minutes of [15, 45, 60, 90]) {
        const startsAt = new Date(at + quarter * 15 * MINUTE);
        sessions.push(session(sessions.length + 1, { startsAt, endsAt: new Date(startsAt.getTime() + minutes * MINUTE) }));
      }
    }
  }
  return sessions;
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.000Z$/, "Z");

/** UID, start and end of each VEVENT as ical.js reads them, times through the file's VTIMEZONE. */
function icalJsInstants(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    return { uid: event.uid, start: iso(event.startDate.toJSDate().getTime()), end: iso(event.endDate.toJSDate().getTime()) };
  });
}

describe.each(Object.entries(TRANSITIONS))("sessions around the transitions of %s", (zone, transitions) => {
  const sessions = sessionsAround(transitions);
  const data = exportData({ event: exportEvent({ timezone: zone }), sessions });
  const ics = renderICal(data);
  // Renderer order: by start, then id.
  const expected = [...sessions]
    .sort((a, b) => a.startsAt!.getTime() - b.startsAt!.getTime() || a.id - b.id)
    .map((item) => ({ uid: `${item.id}-fosasia27`, start: iso(item.startsAt!.getTime()), end: iso(item.endsAt!.getTime()) }));

  it("the transitions are where the zone data has them", () => {
    const iana = IANAZone.create(zone);
    for (const transition of transitions) {
      const at = Date.parse(transition);
      expect(iana.offset(at - 1)).not.toBe(iana.offset(at));
      expect(iana.offset(at - 60 * MINUTE)).toBe(iana.offset(at - 1));
      expect(iana.offset(at + 60 * MINUTE)).toBe(iana.offset(at));
    }
  });

  it("iCal: every start and end exact in Python's icalendar, by TZID and through the VTIMEZONE", () => {
    const python = parseWithPython(ics).events;
    expect(python.map((event) => ({ uid: event.uid, start: event.dtstart.utc, end: event.dtend.utc }))).toEqual(expected);
    // Local times resolved with the file's own VTIMEZONE; UTC times need none.
    expect(
      python.map((event) => ({
        uid: event.uid,
        start: event.dtstart.tzid ? event.dtstart.utc_via_vtimezone : event.dtstart.utc,
        end: event.dtend.tzid ? event.dtend.utc_via_vtimezone : event.dtend.utc,
      })),
    ).toEqual(expected);
    // Most times stay local: only events touching a repeated hour are in UTC.
    expect(python.filter((event) => event.dtstart.tzid === zone).length).toBeGreaterThan(expected.length / 2);
  });

  it("iCal: every start and end exact in vobject", () => {
    expect(readInstants("vobject", ics)).toEqual(expected);
  });

  it("iCal: every start and end exact in ical.js", () => {
    expect(icalJsInstants(ics)).toEqual(expected);
  });

  it("iCal: no local time in a repeated hour; UTC for the events that have one", () => {
    const iana = IANAZone.create(zone);
    const lines = ics.split("\r\n");
    for (const item of sessions) {
      const start = item.startsAt!.getTime();
      const end = item.endsAt!.getTime();
      const at = lines.indexOf(`UID:${item.id}-fosasia27`);
      const [dtstart, dtend] = lines.slice(at).filter((line) => /^DT(START|END)[;:]/.test(line));
      if (wallTimeRepeats(iana, start) || wallTimeRepeats(iana, end)) {
        expect([dtstart, dtend]).toEqual([`DTSTART:${iso(start).replace(/[-:]/g, "")}`, `DTEND:${iso(end).replace(/[-:]/g, "")}`]);
      } else {
        expect(dtstart?.startsWith(`DTSTART;TZID=${zone}:`)).toBe(true);
        expect(dtend?.startsWith(`DTEND;TZID=${zone}:`)).toBe(true);
      }
    }
  });

  it("xCal: every start and end exact, no local time repeated or skipped", () => {
    const read = readInstants("xcal", renderXCal(data));
    expect(read.map((event) => ({ uid: event.uid, start: event.start.instant, end: event.end.instant }))).toEqual(expected);
    const moments = read.flatMap((event) => [event.start, event.end]);
    expect(moments.filter((moment) => moment.ambiguous || moment.missing)).toEqual([]);
    expect(moments.filter((moment) => moment.tzid === zone).length).toBeGreaterThan(moments.length / 2);
    expect(new Set(moments.map((moment) => moment.tzid ?? "UTC"))).toEqual(new Set([zone, "UTC"]));
  });
});

describe("the repeated hour when daylight saving time ends", () => {
  it("writes sessions at 00:30Z and 01:30Z on 2027-10-31 in Europe/Berlin in UTC, each ending after it starts", () => {
    const data = exportData({
      event: exportEvent({ timezone: "Europe/Berlin" }),
      sessions: [
        session(1, { startsAt: utc("2027-10-31T00:30:00"), endsAt: utc("2027-10-31T01:15:00") }),
        session(2, { startsAt: utc("2027-10-31T01:30:00"), endsAt: utc("2027-10-31T02:15:00") }),
        // After the repeated hour: local again.
        session(3, { startsAt: utc("2027-10-31T02:00:00"), endsAt: utc("2027-10-31T03:00:00") }),
      ],
    });
    const times = renderICal(data)
      .split("\r\n")
      .filter((line) => /^(UID|DTSTART|DTEND)[;:]/.test(line) && !line.startsWith("DTSTART:1970"));
    expect(times).toEqual([
      "UID:1-fosasia27",
      "DTSTART:20271031T003000Z",
      "DTEND:20271031T011500Z",
      "UID:2-fosasia27",
      "DTSTART:20271031T013000Z",
      "DTEND:20271031T021500Z",
      "UID:3-fosasia27",
      "DTSTART;TZID=Europe/Berlin:20271031T030000",
      "DTEND;TZID=Europe/Berlin:20271031T040000",
    ]);
    expect(renderXCal(data)).toContain("<date-time>2027-10-31T01:30:00Z</date-time>");
  });

  it.each(Object.entries(TRANSITIONS))("wallTimeRepeats is true exactly where another instant has the same wall time (%s)", (zone, transitions) => {
    const iana = IANAZone.create(zone);
    const wall = (ms: number) => ms + iana.offset(ms) * MINUTE;
    for (const transition of transitions) {
      const at = Date.parse(transition);
      // Every 5 minutes within 4 h of the transition; any other instant with the same wall time is
      // within 3 h of it (shifts are at most 2 h).
      for (let ms = at - 4 * 60 * MINUTE; ms <= at + 4 * 60 * MINUTE; ms += 5 * MINUTE) {
        let repeated = false;
        for (let other = ms - 3 * 60 * MINUTE; other <= ms + 3 * 60 * MINUTE; other += 5 * MINUTE) {
          if (other !== ms && wall(other) === wall(ms)) repeated = true;
        }
        expect({ at: iso(ms), repeats: wallTimeRepeats(iana, ms) }).toEqual({ at: iso(ms), repeats: repeated });
      }
    }
  });
});
