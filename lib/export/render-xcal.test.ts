import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { create } from "xmlbuilder2";
import { jingValidate, XCAL_SCHEMA } from "./__fixtures__/checkers";
import { exportData, exportEvent, LONG_TITLE, room, sampleExportData, session, speaker, SPECIAL_TITLE, track, utc } from "./__fixtures__/export-data";
import { largeExportData } from "./__fixtures__/large-export-data";
import { renderICal } from "./render-ical";
import type { ExportData } from "./types";
import { icalToXCal, renderXCal, XCAL_NAMESPACE } from "./render-xcal";

type Row = [string, string, string, string, string];

function elements(node: Node): Element[] {
  return [...node.childNodes].filter((child): child is Element => child.nodeType === 1);
}

/** xCal → rows [component path, property, params, type, values], parsed as XML. */
function xcalRows(xml: string): { root: Element; rows: Row[] } {
  const root = create(xml).root().node as unknown as Element;
  const rows: Row[] = [];
  const walk = (component: Element, path: string) => {
    const here = `${path}/${component.localName}`;
    for (const part of elements(component)) {
      if (part.localName === "properties") {
        for (const property of elements(part)) {
          const params: string[] = [];
          const values: string[] = [];
          let type = "";
          for (const child of elements(property)) {
            if (child.localName === "parameters") {
              for (const param of elements(child)) params.push(`${param.localName}=${elements(param).map((v) => v.textContent).join(",")}`);
            } else if (child.localName === "latitude" || child.localName === "longitude") {
              type = "float";
              values.push(String(Number(child.textContent)));
            } else if (child.localName === "recur") {
              type = "recur";
              values.push(elements(child).map((p) => `${p.localName.toUpperCase()}=${p.textContent}`).sort().join(";"));
            } else {
              type = child.localName;
              values.push(child.textContent ?? "");
            }
          }
          rows.push([here, property.localName, params.sort().join(";"), type, values.join("|")]);
        }
      } else if (part.localName === "components") {
        for (const child of elements(part)) walk(child, here);
      }
    }
  };
  for (const component of elements(root)) walk(component, "");
  return { root, rows };
}

/*
 * Properties ical.js has no design for (it reads them as "unknown", still escaped) whose type is
 * TEXT: NAME (RFC 7986) and the X-WR-* and X-LIC-LOCATION extensions. xCal gives them as <text>.
 */
const TEXT_EXTENSIONS = new Set(["name", "x-wr-calname", "x-wr-caldesc", "x-wr-timezone", "x-lic-location"]);
const unescapeText = (value: string) => value.replace(/\\([\\;,nN])/g, (_, char: string) => (char === "n" || char === "N" ? "\n" : char));

/** The same rows from the .ics, parsed by ical.js. */
function icsRows(ics: string): Row[] {
  const rows: Row[] = [];
  const walk = (component: ICAL.Component, path: string) => {
    const here = `${path}/${component.name}`;
    for (const property of component.getAllProperties()) {
      const json = property.toJSON() as [string, Record<string, string>, string, ...unknown[]];
      const [name, params, parsedType, ...parsedValues] = json;
      const text = parsedType === "unknown" && TEXT_EXTENSIONS.has(name);
      const type = text ? "text" : parsedType;
      const values = text ? parsedValues.map((value) => unescapeText(String(value))) : parsedValues;
      const flat = values.flatMap((value) =>
        type === "recur"
          ? [Object.entries(value as Record<string, unknown>).map(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => `${k.toUpperCase()}=${x}`)).flat().sort().join(";")]
          : Array.isArray(value) ? value.map(String) : [String(value)],
      );
      rows.push([here, name, Object.entries(params).map(([k, v]) => `${k}=${v}`).sort().join(";"), type, flat.join("|")]);
    }
    for (const child of component.getAllSubcomponents()) walk(child, here);
  };
  walk(new ICAL.Component(ICAL.parse(ics)), "");
  return rows;
}

describe("renderXCal", () => {
  const data = sampleExportData({ timezone: "Europe/Berlin" });
  const xml = renderXCal(data);
  const { root, rows } = xcalRows(xml);

  it("has the RFC 6321 structure: namespaced root, vcalendar with properties and components, typed values", () => {
    expect(root.localName).toBe("icalendar");
    expect(root.namespaceURI).toBe(XCAL_NAMESPACE);
    const [vcalendar] = elements(root);
    expect(vcalendar?.localName).toBe("vcalendar");
    expect(elements(vcalendar!).map((e) => e.localName)).toEqual(["properties", "components"]);
    expect(xml).toContain("<dtstart>\n            <parameters>\n              <tzid>\n                <text>Europe/Berlin</text>");
    expect(xml).toContain("<date-time>2027-03-11T02:00:00</date-time>");
    expect(xml).toContain("<cal-address>mailto:info@fossasia.org</cal-address>");
    expect(xml).toContain("<uri>https://events.example.org/e/fosasia27/sessions/1</uri>");
    expect(xml).toContain("<utc-offset>+02:00</utc-offset>");
    expect(xml).toMatch(/<recur>\s*<freq>YEARLY<\/freq>\s*<byday>-1SU<\/byday>\s*<bymonth>3<\/bymonth>\s*<\/recur>/);
    expect(xml).toMatch(/<geo>\s*<latitude>1.3208<\/latitude>\s*<longitude>103.8935<\/longitude>\s*<\/geo>/);
  });

  it("carries exactly the content of the iCal file, property by property", () => {
    expect(rows).toEqual(icsRows(renderICal(data)));
    expect(rows.filter(([path, name]) => path === "/vcalendar/vevent" && name === "uid")).toHaveLength(7);
    expect(rows.some(([path]) => path === "/vcalendar/vtimezone/daylight")).toBe(true);
  });

  it("keeps special characters and long multi-byte titles intact", () => {
    const summaries = rows.filter(([, name]) => name === "summary").map(([, , , , value]) => value);
    expect(summaries[1]).toBe(SPECIAL_TITLE);
    expect(summaries[2]).toBe(LONG_TITLE);
  });

  it("never contains a speaker's email or mobile", () => {
    for (const speaker of data.speakers) {
      if (speaker.email) expect(xml).not.toContain(speaker.email);
      if (speaker.mobile) expect(xml).not.toContain(speaker.mobile);
    }
  });
});

describe("renderXCal against icalToXCal(renderICal(…))", () => {
  // What iCalendar escapes or quotes, line breaks of every kind, what XML must replace or escape,
  // what looks like iCalendar syntax, and non-ASCII.
  const specials = [
    "back\\slash", "semi;colon", "com,ma", "co:lon", 'dou"ble', "ca^ret", "^n^'^^", "lf\nline", "crlf\r\nline", "cr\rline",
    "tab\there", "nul\u0000bell\u0007", "<b>&amp;</b>", "emoji 🎉", "lone \ud800 surrogate", "\ufffe", " leading", "trailing ",
    "a=b", "\\n literal", "\r\nBEGIN:VEVENT\r\nUID:x", "END:VEVENT", "Grüße 日本語", "",
  ];
  const pick = (index: number) => specials[index % specials.length]!;

  /** An event that puts every special string into every text the calendar carries. */
  function specialData(timezone: string): ExportData {
    const at = (minutes: number) => utc("2027-03-11T08:00:00").getTime() + minutes * 60_000;
    const speakers = specials.map((name, index) => speaker(index + 1, { name }));
    const rooms = specials.map((name, index) =>
      room(index + 1, { name, latitude: [null, 0, -33.86, 1e-7][index % 4]!, longitude: [null, 151.2, 0, -0.5][index % 4]! }),
    );
    const tracks = specials.map((name, index) => track(index + 1, { name }));
    const sessions = specials.map((title, index) =>
      session(index + 1, {
        title,
        shortAbstract: index % 5 === 4 ? null : `<p>${pick(index + 3)}</p> ${pick(index + 7)}`,
        state: "confirmed",
        startsAt: new Date(at(30 * (index % 6))),
        endsAt: new Date(at(30 * (index % 6) + 45)),
        microlocationId: index % 7 === 6 ? null : index + 1,
        trackId: index % 6 === 5 ? null : index + 1,
        speakers: [{ speakerId: index + 1 }, { speakerId: ((index * 5) % specials.length) + 1 }].slice(0, 1 + (index % 3 ? 1 : 0)),
      }),
    );
    return exportData({
      event: exportEvent({ name: 'Conf; 2027, "Berlin" \\ ^edition\r\nnext', locationName: "Hall, \"B\"; 1\nfloor", timezone }),
      sessions,
      speakers,
      microlocations: rooms,
      tracks,
      baseUrl: "https://events.example.org/a,b;c",
    });
  }

  /** Sessions that start or end in the hour repeated when daylight saving time ends (in UTC). */
  function repeatedHourData(): ExportData {
    const sessions = ["2027-10-30T23:30:00", "2027-10-31T00:30:00", "2027-10-31T01:15:00", "2027-10-31T02:30:00"].map((start, index) =>
      session(index + 1, { state: "accepted", startsAt: utc(start), endsAt: new Date(utc(start).getTime() + 45 * 60_000) }),
    );
    return exportData({ event: exportEvent({ timezone: "Europe/Berlin" }), sessions });
  }

  const cases: [string, ExportData, Parameters<typeof renderXCal>[1]?][] = [
    ...["Europe/Berlin", "America/New_York", "Asia/Singapore", "UTC", "Etc/UTC", "Mars/Olympus_Mons"].map(
      (zone) => [`the sample event in ${zone}`, sampleExportData({ timezone: zone })] as [string, ExportData],
    ),
    ["the sample event without a contact address or place", sampleExportData({ email: null, locationName: null, latitude: null, longitude: null })],
    ["the sample event, some sessions, a calendar name", sampleExportData(), { sessionIds: new Set([2, 3, 7]), calendarName: "My; sessions, \"starred\"" }],
    ["an event without sessions", exportData()],
    ["an event without sessions or zone", exportData({ event: exportEvent({ timezone: "Mars/Olympus_Mons" }) })],
    ["sessions in the repeated hour", repeatedHourData()],
    ["the bench's large event", largeExportData({ sessions: 400, speakers: 300, rooms: 12, tracks: 10 })],
    ...["Europe/Berlin", "Mars/Olympus_Mons"].map((zone) => [`special characters everywhere (${zone})`, specialData(zone)] as [string, ExportData]),
  ];

  it.each(cases)("writes the same document for %s", (_, data, options) => {
    expect(renderXCal(data, options)).toBe(icalToXCal(renderICal(data, options)));
  });
});

describe("renderXCal value types", () => {
  it.each(["Europe/Berlin", "America/New_York", "Asia/Singapore", "Mars/Olympus_Mons"])(
    "writes no <unknown> value and validates against RFC 6321's RELAX NG schema (%s)",
    (timezone) => {
      const xml = renderXCal(sampleExportData({ timezone }));
      expect(xml).not.toContain("<unknown>");
      expect(jingValidate(xml, XCAL_SCHEMA)).toEqual({ ok: true, output: "" });
    },
  );

  it("validates with sessions written in UTC around the end of daylight saving time", () => {
    const data = exportData({
      event: exportEvent({ timezone: "Europe/Berlin" }),
      sessions: [session(1, { startsAt: utc("2027-10-31T00:30:00"), endsAt: utc("2027-10-31T01:15:00") }), session(2, { startsAt: utc("2027-10-31T02:30:00") })],
    });
    expect(jingValidate(renderXCal(data), XCAL_SCHEMA)).toEqual({ ok: true, output: "" });
  });

  it("gives the calendar's name, description and zone as <text> without the iCalendar escaping", () => {
    const xml = renderXCal(exportData({ event: exportEvent({ name: 'Conf; 2027, "Berlin" \\ edition', timezone: "Europe/Berlin" }) }), { calendarName: "My; sessions, starred" });
    const { rows: found } = xcalRows(xml);
    expect(found.filter(([path]) => path === "/vcalendar").map(([, name, , type, value]) => [name, type, value])).toEqual([
      ["version", "text", "2.0"],
      ["prodid", "text", "-//Open Event//Open Event Schedule//EN"],
      ["name", "text", "My; sessions, starred"],
      ["x-wr-calname", "text", "My; sessions, starred"],
      ["x-wr-caldesc", "text", 'Schedule for sessions at Conf; 2027, "Berlin" \\ edition'],
      ["x-wr-timezone", "text", "Europe/Berlin"],
    ]);
    expect(found.filter(([path, name]) => path === "/vcalendar/vtimezone" && name === "x-lic-location").map(([, , , type, value]) => [type, value])).toEqual([["text", "Europe/Berlin"]]);
    expect(jingValidate(xml, XCAL_SCHEMA)).toEqual({ ok: true, output: "" });
  });

  it("the schema refuses what RFC 6321 does not allow: an <unknown> calendar name, a TIMEZONE-ID", () => {
    const xml = renderXCal(sampleExportData({ timezone: "Europe/Berlin" }));
    const unknownName = xml.replace(/<name>\s*<text>([^<]*)<\/text>/, "<name><unknown>$1</unknown>");
    expect(jingValidate(unknownName, XCAL_SCHEMA).ok).toBe(false);
    const timezoneId = xml.replace("<x-wr-timezone>", "<timezone-id><text>Europe/Berlin</text></timezone-id><x-wr-timezone>");
    expect(jingValidate(timezoneId, XCAL_SCHEMA).ok).toBe(false);
  });
});

describe("icalToXCal", () => {
  it("writes lines repeated across events, nested components and folded lines as ical.js reads them", () => {
    const ics = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Test//EN",
      "BEGIN:VEVENT",
      "UID:a",
      "DTSTAMP:20261207T100000Z",
      "DTSTART;TZID=Europe/Berlin:20261208T090000",
      "ATTENDEE;CN=\"Ada; Lovelace\":mailto:noreply@example.com",
      "CATEGORIES:Web,Cloud",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:b",
      "DTSTAMP:20261207T100000Z",
      "DTSTART;TZID=Europe/Berlin:20261208T090000",
      "ATTENDEE;CN=\"Ada; Lovelace\":mailto:noreply@example.com",
      "CATEGORIES:Web,Cloud",
      "SUMMARY:A title long enough to be folded onto a second line by whoever wrote th",
      " is file",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:c",
      "DTSTAMP:20261207T100000Z",
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      "TRIGGER:-PT15M",
      "END:VALARM",
      "END:VEVENT",
      "END:VCALENDAR",
      "",
    ].join("\r\n");
    const xml = icalToXCal(ics);
    expect(xcalRows(xml).rows).toEqual(icsRows(ics));
    expect(xml.match(/<attendee>/g)).toHaveLength(2);
    expect(xml).toContain("<text>A title long enough to be folded onto a second line by whoever wrote this file</text>");
    expect(xml).toMatch(/<valarm>\s*<properties>\s*<action>/);
  });

  it("reads an event's own lines (UID, SUMMARY, DESCRIPTION, URL) as ical.js does, escapes and parameters included", () => {
    const own = [
      "UID:42-event\\; x",
      "SUMMARY:Q&A\\, <b>bold</b>\\; a\\\\b\\nnext\\Nline: with colon; and semicolon",
      "DESCRIPTION:Tab\tand emoji 🎉 and a backslash at the end\\\\",
      "URL:https://example.com/e/1/sessions/2?a=1&b=2;c",
      "SUMMARY;LANGUAGE=de:Grüße\\, alle",
      "URL;VALUE=URI:https://example.com/x",
      "DESCRIPTION:",
    ];
    const ics = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", "BEGIN:VEVENT", ...own, "END:VEVENT", "END:VCALENDAR", ""].join("\r\n");
    const xml = icalToXCal(ics);
    expect(xcalRows(xml).rows).toEqual(icsRows(ics));
    expect(xml).toContain("<text>Q&amp;A, &lt;b&gt;bold&lt;/b&gt;; a\\b\nnext\nline: with colon; and semicolon</text>");
    expect(xml).toContain("<uri>https://example.com/e/1/sessions/2?a=1&amp;b=2;c</uri>");
  });
});
