import ical from "ical-generator";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { exportData, LONG_TITLE, SAMPLE_PUBLIC_SESSION_IDS, sampleExportData, session, SPECIAL_TITLE, utc } from "./__fixtures__/export-data";
import { decodeRfc6868, parseWithPython } from "./__fixtures__/checkers";
import { icalEventData, renderICal } from "./render-ical";
import { lookups, scheduledSessions } from "./schedule";

function icalJsEvents(ics: string) {
  const component = new ICAL.Component(ICAL.parse(ics));
  for (const tz of component.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(tz);
  return component.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
}

describe("renderICal", () => {
  const data = sampleExportData();
  const ics = renderICal(data);

  it("has one VEVENT per accepted/confirmed, non-deleted, scheduled session, by start then id (python icalendar and ical.js)", () => {
    const expectedUids = SAMPLE_PUBLIC_SESSION_IDS.map((id) => `${id}-fosasia27`);
    expect(parseWithPython(ics).events.map((event) => event.uid)).toEqual(expectedUids);
    expect(icalJsEvents(ics).map((event) => event.uid)).toEqual(expectedUids);
  });

  it("writes the calendar properties", () => {
    const calendar = parseWithPython(ics);
    expect(calendar).toMatchObject({
      version: "2.0",
      prodid: "-//Open Event//Open Event Schedule//EN",
      calname: "FOSSASIA Summit 2027",
      caldesc: "Schedule for sessions at FOSSASIA Summit 2027",
      wr_timezone: "Asia/Singapore",
    });
  });

  it("escapes the calendar's name and description, so that a name's ; , \\ or line break reads back as written", () => {
    const name = 'Conf; 2027, "Berlin" \\ edition\r\nsecond line';
    const text = renderICal(sampleExportData({ name }), {});
    const named = renderICal(sampleExportData(), { calendarName: name });
    const read = name.replace("\r\n", "\n");
    expect(parseWithPython(text)).toMatchObject({ calname: read, caldesc: `Schedule for sessions at ${read}` });
    expect(parseWithPython(named).calname).toBe(read);
    const calendar = new ICAL.Component(ICAL.parse(text));
    // ical.js has no design for these properties and gives their text as written.
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Conf\\; 2027\\, \"Berlin\" \\\\ edition\\nsecond line");
    expect(icalJsEvents(text)).toHaveLength(SAMPLE_PUBLIC_SESSION_IDS.length);
  });

  it.each([
    ["Europe/Berlin", "Europe/Berlin", true],
    // Unknown to the VTIMEZONE library: UTC times, no VTIMEZONE.
    ["Mars/Olympus_Mons", "UTC", false],
  ])("writes no TIMEZONE-ID (no RFC defines it); X-WR-TIMEZONE names the zone (%s)", (timezone, named, vtimezone) => {
    const text = renderICal(sampleExportData({ timezone }));
    // The calendar's own properties: the lines outside every component.
    let depth = 0;
    const own: string[] = [];
    for (const line of text.split("\r\n").slice(1, -2)) {
      if (line.startsWith("BEGIN:")) depth++;
      else if (line.startsWith("END:")) depth--;
      else if (depth === 0) own.push(line);
    }
    expect(own).toEqual([
      "VERSION:2.0",
      "PRODID:-//Open Event//Open Event Schedule//EN",
      "NAME:FOSSASIA Summit 2027",
      "X-WR-CALNAME:FOSSASIA Summit 2027",
      "X-WR-CALDESC:Schedule for sessions at FOSSASIA Summit 2027",
      `X-WR-TIMEZONE:${named}`,
    ]);
    expect(text).not.toMatch(/^TIMEZONE-ID/m);
    expect(text.includes("BEGIN:VTIMEZONE")).toBe(vtimezone);
    expect(parseWithPython(text).wr_timezone).toBe(named);
  });

  it("gives every DTSTART/DTEND the input's instant, with TZID; open ends get the type length or 30 minutes", () => {
    const expected = scheduledSessions(data, "UTC", lookups(data)).map((item) => ({
      start: item.start.toUTC().toISO({ suppressMilliseconds: true }),
      end: item.end.toUTC().toISO({ suppressMilliseconds: true }),
    }));
    const python = parseWithPython(ics).events;
    expect(python.map((event) => ({ start: event.dtstart.utc_via_vtimezone, end: event.dtend.utc_via_vtimezone }))).toEqual(expected);
    expect(python.map((event) => ({ start: event.dtstart.utc, end: event.dtend.utc }))).toEqual(expected);
    expect(python.every((event) => event.dtstart.tzid === "Asia/Singapore" && event.dtend.tzid === "Asia/Singapore")).toBe(true);
    expect(icalJsEvents(ics).map((event) => ({ start: event.startDate.toJSDate().toISOString().replace(".000", ""), end: event.endDate.toJSDate().toISOString().replace(".000", "") }))).toEqual(expected);
    // Session 4: no end, no type → 30 min; session 5: no end, 45-min type.
    const byUid = new Map(python.map((event) => [event.uid, event]));
    expect(byUid.get("4-fosasia27")?.dtend.utc).toBe("2027-03-11T04:30:00Z");
    expect(byUid.get("5-fosasia27")?.dtend.utc).toBe("2027-03-11T05:45:00Z");
    expect(python.every((event) => event.dtstamp === "2027-02-01T12:34:56Z")).toBe(true);
  });

  it.each([
    ["Asia/Singapore", "2027-03-11T01:00:00Z", "2027-11-11T01:00:00Z", [["STANDARD", "+0800", "+0800"]]],
    ["Europe/Berlin", "2027-07-01T08:00:00Z", "2027-01-14T08:00:00Z", [["DAYLIGHT", "+0100", "+0200"], ["STANDARD", "+0200", "+0100"]]],
    ["America/New_York", "2027-07-01T14:00:00Z", "2027-12-01T14:00:00Z", [["DAYLIGHT", "-0500", "-0400"], ["STANDARD", "-0400", "-0500"]]],
  ])("writes a complete VTIMEZONE for %s that converts summer and winter times correctly", (zone, summer, winter, components) => {
    const zoned = exportData({
      event: { ...sampleExportData().event, timezone: zone },
      sessions: [
        session(1, { startsAt: utc(summer), endsAt: new Date(utc(summer).getTime() + 3_600_000) }),
        session(2, { startsAt: utc(winter), endsAt: new Date(utc(winter).getTime() + 3_600_000) }),
      ],
    });
    const calendar = parseWithPython(renderICal(zoned));
    expect(calendar.timezones).toHaveLength(1);
    const [tz] = calendar.timezones;
    expect(tz?.tzid).toBe(zone);
    expect(tz?.components.map((c) => [c.name, c.tzoffsetfrom, c.tzoffsetto])).toEqual(components);
    for (const component of tz?.components ?? []) {
      expect(component.dtstart).toMatch(/^\d{8}T\d{6}$/);
      if (components.length > 1) expect(component.rrule).toMatch(/^FREQ=YEARLY;/);
    }
    const sorted = [summer, winter].sort();
    expect(calendar.events.map((event) => event.dtstart.utc_via_vtimezone)).toEqual(sorted.map((value) => value.replace(".000", "")));
  });

  it("uses the zone's canonical TZID consistently (UTC → Etc/UTC)", () => {
    const calendar = parseWithPython(renderICal(sampleExportData({ timezone: "UTC" })));
    expect(calendar.timezones.map((tz) => tz.tzid)).toEqual(["Etc/UTC"]);
    expect(new Set(calendar.events.map((event) => event.dtstart.tzid))).toEqual(new Set(["Etc/UTC"]));
  });

  it("keeps special characters and long multi-byte titles intact (python icalendar and ical.js)", () => {
    const python = parseWithPython(ics).events;
    const js = icalJsEvents(ics);
    for (const events of [python.map((event) => event.summary), js.map((event) => event.summary)]) {
      expect(events[1]).toBe(SPECIAL_TITLE);
      expect(events[2]).toBe(LONG_TITLE);
    }
    expect(python[1]?.description).toBe("Q&A; with, all the \\ specials and lines");
    expect(python[1]?.location).toBe('Room; 2, "B", Lifelong Learning Institute');
    // Python icalendar 4.x splits CATEGORIES on every comma, escaped or not (fixed in 5.x);
    // ical.js honours the RFC 5545 escape.
    expect(python[1]?.categories.join(",")).toBe("AI, Data; & Cloud");
    expect(js[1]?.component.getFirstProperty("categories")?.getValues()).toEqual(["AI, Data; & Cloud"]);
    expect(python[1]?.attendees.map((attendee) => decodeRfc6868(attendee.cn ?? ""))).toEqual(['Grace "Amazing" Hopper; Jr., Ph.D.', "Linus 🐧 Tørvalds"]);
    expect(js[1]?.attendees.map((attendee) => attendee.getParameter("cn"))).toEqual(['Grace "Amazing" Hopper; Jr., Ph.D.', "Linus 🐧 Tørvalds"]);
  });

  it("folds lines at 75 octets without splitting UTF-8 characters, exactly as ical-generator would", () => {
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(ics).not.toContain("\uFFFD");
    expect(ics.split("\r\n").filter((line) => line.startsWith(" ")).length).toBeGreaterThan(5);
    // Reference: the same events folded by ical-generator's own calendar serializer.
    const reference = ical({ events: icalEventData(data) }).toString();
    const slice = (text: string) => text.slice(text.indexOf("BEGIN:VEVENT"), text.lastIndexOf("END:VEVENT"));
    expect(slice(ics)).toBe(slice(reference));
  });

  it("uses the room's coordinates, else the event's; the room and event location", () => {
    const events = parseWithPython(ics).events;
    expect(events[0]).toMatchObject({ location: "Hall A, Lifelong Learning Institute", geo: [1.3208, 103.8935], url: "https://events.example.org/e/fosasia27/sessions/1" });
    expect(events[3]).toMatchObject({ location: "Lifelong Learning Institute", geo: [1.3207, 103.8934], description: null, categories: [] });
  });

  it("never writes a speaker's email or mobile; attendees and organizer use the public contact", () => {
    for (const speaker of data.speakers) {
      if (speaker.email) expect(ics).not.toContain(speaker.email);
      if (speaker.mobile) expect(ics).not.toContain(speaker.mobile);
    }
    const events = parseWithPython(ics).events;
    expect(events[0]?.attendees.map((attendee) => attendee.address.toLowerCase())).toEqual(["mailto:info@fossasia.org", "mailto:info@fossasia.org"]);
    expect(events[0]?.organizer).toEqual({ cn: "FOSSASIA Summit 2027", address: "mailto:info@fossasia.org" });
  });

  it("falls back to a non-personal no-reply address when the event has no contact email", () => {
    const events = parseWithPython(renderICal(sampleExportData({ email: null }))).events;
    expect(events[0]?.organizer?.address).toBe("mailto:noreply@events.example.org");
    expect(events[0]?.attendees[0]?.address.toLowerCase()).toBe("mailto:noreply@events.example.org");
  });

  it("renders an event without sessions, location or coordinates", () => {
    const empty = renderICal(exportData({ event: { ...sampleExportData().event, locationName: null, latitude: null, longitude: null } }));
    expect(parseWithPython(empty).events).toEqual([]);
    const bare = renderICal(exportData({
      event: { ...sampleExportData().event, locationName: null, latitude: null, longitude: null },
      sessions: [session(1, { startsAt: utc("2027-03-11T01:00:00"), shortAbstract: null })],
    }));
    expect(parseWithPython(bare).events[0]).toMatchObject({ location: null, geo: null, description: null });
  });
});

