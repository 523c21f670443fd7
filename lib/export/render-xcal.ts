import { escape, formatDate, formatDateTZ } from "ical-generator";
import ICAL from "ical.js";
import { icalEvents, icalHeader, type ICalOptions, type ICalScheduleEvent } from "./render-ical";
import type { ExportData } from "./types";
import { XmlWriter } from "./xml-writer";

export const XCAL_NAMESPACE = "urn:ietf:params:xml:ns:icalendar-2.0";

/*
 * xCal (RFC 6321) of a calendar is what ical.js reads from the iCal text renderICal writes, as
 * jCal (RFC 7265, isomorphic to xCal), written as XML: same components, properties, parameters,
 * values and order. The calendar's header (its properties and VTIMEZONE) is that text, parsed.
 * Its events are written from the data renderICal gives ical-generator (`icalEvents`), without
 * making their text: the lines that repeat from event to event are made once per document with
 * ical-generator's own escaping and date formats and parsed by ical.js, and an event's own values
 * are written as ical.js reads them back (`writeEvent`). `icalToXCal` converts any iCal text
 * with ical.js alone, and render-xcal.test.ts pins `renderXCal` to `icalToXCal(renderICal(…))`.
 */

type JCalValue = string | number | boolean | null | JCalValue[] | { [key: string]: JCalValue };
type JCalProperty = [string, Record<string, JCalValue>, string, ...JCalValue[]];
type JCalComponent = [string, JCalProperty[], JCalComponent[]];

// RFC 6321 §3.5: parameter values are <text> except these.
const PARAMETER_TYPES: Record<string, string> = {
  "delegated-from": "cal-address",
  "delegated-to": "cal-address",
  member: "cal-address",
  "sent-by": "cal-address",
  altrep: "uri",
  dir: "uri",
};

/*
 * Value types of the properties the calendars carry that ical.js has no design for (it reads
 * them as "unknown", unescaped): NAME (RFC 7986 §5.1) and the de facto X-WR-CALNAME,
 * X-WR-CALDESC, X-WR-TIMEZONE of the calendar, X-LIC-LOCATION in the VTIMEZONEs — all TEXT.
 * RFC 6321 §5 keeps <unknown> for properties whose type the converter does not know; these it
 * knows, so they are <text> with the iCalendar escaping removed (§3.1).
 */
const KNOWN_TYPES: Record<string, "text"> = {
  name: "text",
  "x-wr-calname": "text",
  "x-wr-caldesc": "text",
  "x-wr-timezone": "text",
  "x-lic-location": "text",
};
const textValue = (ICAL.design.icalendar.value as Record<string, { fromICAL(value: string): string }>).text!;

// RFC 6321 Appendix A (`value-recur`): the parts of a <recur> value in schema order.
const RECUR_PARTS = [
  "freq", "until", "count", "interval", "bysecond", "byminute", "byhour", "byday", "byyearday",
  "bymonthday", "byweekno", "bymonth", "bysetpos", "wkst",
];

function text(value: JCalValue): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

function writeValue(xml: XmlWriter, name: string, type: string, value: JCalValue): void {
  if (name === "geo" && Array.isArray(value)) {
    // RFC 6321 §3.4.1.2: GEO is structured as <latitude>/<longitude>.
    xml.leaf("latitude", text(value[0] ?? ""));
    xml.leaf("longitude", text(value[1] ?? ""));
    return;
  }
  if (name === "request-status" && Array.isArray(value)) {
    const [code, description, data] = value;
    xml.leaf("code", text(code ?? ""));
    xml.leaf("description", text(description ?? ""));
    if (data != null) xml.leaf("data", text(data));
    return;
  }
  if (type === "recur" && value && typeof value === "object" && !Array.isArray(value)) {
    xml.open("recur");
    const parts = RECUR_PARTS.filter((part) => part in value).concat(Object.keys(value).filter((part) => !RECUR_PARTS.includes(part)));
    for (const part of parts) {
      const partValue = value[part];
      for (const item of Array.isArray(partValue) ? partValue : [partValue]) xml.leaf(part, text(item ?? ""));
    }
    xml.close();
    return;
  }
  if (type === "period" && Array.isArray(value)) {
    const second = text(value[1] ?? "");
    xml.open("period");
    xml.leaf("start", text(value[0] ?? ""));
    xml.leaf(/^[+-]?P/.test(second) ? "duration" : "end", second);
    xml.close();
    return;
  }
  xml.leaf(type, text(value));
}

function writeProperty(xml: XmlWriter, property: JCalProperty): void {
  const [name, parameters, parsedType, ...parsedValues] = property;
  const known = parsedType === "unknown" ? KNOWN_TYPES[name] : undefined;
  const type = known ?? parsedType;
  const values = known ? parsedValues.map((value) => textValue.fromICAL(text(value))) : parsedValues;
  xml.open(name);
  const parameterNames = Object.keys(parameters);
  if (parameterNames.length) {
    xml.open("parameters");
    for (const parameter of parameterNames) {
      const raw = parameters[parameter];
      xml.open(parameter);
      for (const item of Array.isArray(raw) ? raw : [raw ?? ""]) xml.leaf(PARAMETER_TYPES[parameter] ?? "text", text(item));
      xml.close();
    }
    xml.close();
  }
  for (const value of values) writeValue(xml, name, type, value);
  xml.close();
}

function writeComponent(xml: XmlWriter, component: JCalComponent): void {
  const [name, properties, components] = component;
  xml.open(name).open("properties");
  for (const property of properties) writeProperty(xml, property);
  xml.close();
  if (components.length) {
    xml.open("components");
    for (const child of components) writeComponent(xml, child);
    xml.close();
  }
  xml.close();
}

/** RFC 6321 xCal of the same calendar as `renderICal(data, options)`. */
export function renderXCal(data: ExportData, options: ICalOptions = {}): string {
  const { shell, components } = splitCalendar(icalHeader(data, options));
  const lines = new RepeatedLines();
  // The events follow the header's components, as renderICal places them.
  return writeCalendar(shell, components, (xml, component) => {
    for (const event of icalEvents(data, options)) {
      component();
      writeEvent(xml, event, lines);
    }
  });
}

// The start of a component's first or last content line (names are case-insensitive, RFC 5545
// §2). Matched without the multiline flag: tried only where a line starts, it costs a tenth.
const BOUNDARY = /(?:^|\n)(BEGIN|END):/gi;

/**
 * The calendar's own lines (its BEGIN/END and properties) and the text of each component in it
 * (VTIMEZONE, VEVENT, …), in order. Folded continuation lines start with a blank, so a line
 * starting with BEGIN: or END: is always a boundary.
 */
function splitCalendar(ics: string): { shell: string; components: string[] } {
  const components: string[] = [];
  let shell = "";
  let depth = 0;
  let shellFrom = 0;
  let componentFrom = 0;
  for (const match of ics.matchAll(BOUNDARY)) {
    const lineStart = match.index + (match[0].startsWith("\n") ? 1 : 0);
    const begins = match[1]!.toUpperCase() === "BEGIN";
    if (begins && ++depth === 2) {
      shell += ics.slice(shellFrom, lineStart);
      componentFrom = lineStart;
    } else if (!begins && depth-- === 2) {
      const end = ics.indexOf("\n", lineStart) + 1 || ics.length;
      components.push(ics.slice(componentFrom, end));
      shellFrom = end;
    }
  }
  return { shell: shell + ics.slice(shellFrom), components };
}

/**
 * The calendar as xCal: its own lines (`shell`), its components' texts, each parsed by ical.js
 * and written in turn, so that only one component's jCal exists at a time (the jCal of a
 * 10,000-session calendar held at once took about 100 MB, and every element of it outlived a
 * young-generation collection), and then what `writeMore` writes, calling `component()` before
 * each component.
 */
function writeCalendar(shell: string, components: Iterable<string>, writeMore?: (xml: XmlWriter, component: () => void) => void): string {
  const [name, properties] = ICAL.parse(shell) as JCalComponent;
  const xml = new XmlWriter();
  xml.open("icalendar", { xmlns: XCAL_NAMESPACE });
  xml.open(name).open("properties");
  for (const property of properties) writeProperty(xml, property);
  xml.close();
  let opened = false;
  const component = () => {
    if (!opened) xml.open("components");
    opened = true;
  };
  for (const text of components) {
    component();
    writeComponent(xml, ICAL.parse(text) as JCalComponent);
  }
  writeMore?.(xml, component);
  if (opened) xml.close();
  return xml.end();
}

/**
 * The markup of property lines that repeat from event to event (DTSTAMP, ORGANIZER, a room's
 * LOCATION and GEO, a track's CATEGORIES, a speaker's ATTENDEE, the slots' DTSTART and DTEND):
 * each distinct line is parsed by ical.js and written once per document, at the depth of an
 * event's properties (the same in every event), and copied where it comes again. `keyed` finds
 * the markup by what the lines are made from (an object or a name), without making the lines.
 */
class RepeatedLines {
  private readonly byLine = new Map<string, string>();
  private readonly byKey = new Map<string, Map<unknown, string>>();

  line(xml: XmlWriter, line: string): void {
    xml.raw(this.markup(xml.depth, line));
  }

  /** Writes the lines that `lines` makes for `key`, one of the `kind`'s keys. */
  keyed(xml: XmlWriter, kind: string, key: unknown, lines: () => string[]): void {
    let byKey = this.byKey.get(kind);
    if (!byKey) this.byKey.set(kind, (byKey = new Map()));
    let markup = byKey.get(key);
    if (markup === undefined) {
      const depth = xml.depth;
      markup = lines().map((line) => this.markup(depth, line)).join("");
      byKey.set(key, markup);
    }
    xml.raw(markup);
  }

  private markup(depth: number, line: string): string {
    let markup = this.byLine.get(line);
    if (markup === undefined) {
      const property = ICAL.parse.property(line) as unknown as JCalProperty;
      markup = XmlWriter.fragment(depth, (fragment) => writeProperty(fragment, property));
      this.byLine.set(line, markup);
    }
    return markup;
  }
}

/**
 * A TEXT value as ical.js reads it back from ical-generator's escaping (`\`, `\;`, `\,`, and
 * each line break as `\n`): the same text, its line breaks LF.
 */
function writeText(xml: XmlWriter, name: string, value: string): void {
  xml.open(name).leaf("text", value.includes("\r") ? value.replace(/\r\n?/g, "\n") : value).close();
}

/**
 * A VEVENT of `icalEvents` as xCal: the properties, in order, that ical-generator writes for it in
 * renderICal, as ical.js reads them. The lines that repeat are made with ical-generator's own
 * escaping and date formats and parsed by ical.js (`RepeatedLines`); the event's own values are
 * written as ical.js reads them back. render-xcal.test.ts pins the result to
 * `icalToXCal(renderICal(…))` over every fixture and a range of special characters.
 */
function writeEvent(xml: XmlWriter, event: ICalScheduleEvent, lines: RepeatedLines): void {
  xml.open("vevent").open("properties");
  // ical-generator writes UID unescaped.
  writeText(xml, "uid", textValue.fromICAL(event.id));
  const { stamp, start, end, location: place, organizer } = event;
  lines.keyed(xml, "stamp", stamp, () => ["SEQUENCE:0", `DTSTAMP:${formatDate(null, stamp)}`]);
  // ical-generator takes an event zone "UTC" for none.
  const zone = event.timezone && event.timezone !== "UTC" ? event.timezone : null;
  const times = { timezone: zone, floating: false };
  lines.keyed(xml, zone ? "start" : "start utc", start, () => [formatDateTZ(zone, "DTSTART", start, times)]);
  lines.keyed(xml, zone ? "end" : "end utc", end, () => [formatDateTZ(zone, "DTEND", end, times)]);
  writeText(xml, "summary", event.summary);
  if (place) {
    lines.keyed(xml, "place", place, () => [
      ...(place.title ? [`LOCATION:${escape(place.title, false)}`] : []),
      ...(place.geo?.lat && place.geo.lon ? [`GEO:${escape(place.geo.lat, false)};${escape(place.geo.lon, false)}`] : []),
    ]);
  }
  if (event.description) writeText(xml, "description", event.description);
  lines.keyed(xml, "organizer", organizer, () => [
    `ORGANIZER;CN="${escape(organizer.name, true)}":${organizer.email ? `mailto:${escape(organizer.email, false)}` : ""}`,
  ]);
  for (const { name, email } of event.attendees) {
    // An address has no line break: the key is one pair's only.
    lines.keyed(xml, "attendee", `${email}\n${name}`, () => [
      `ATTENDEE;ROLE=REQ-PARTICIPANT${name ? `;CN="${escape(name, true)}"` : ""}:MAILTO:${escape(email, false)}`,
    ]);
  }
  if (event.categories.length) lines.line(xml, `CATEGORIES:${event.categories.map((category) => escape(category.name, false)).join()}`);
  // A URI is not unescaped.
  xml.open("url").leaf("uri", escape(event.url, false)).close();
  xml.close().close();
}

/** Converts iCalendar text to xCal via ical.js's jCal. */
export function icalToXCal(ics: string): string {
  const { shell, components } = splitCalendar(ics);
  return writeCalendar(shell, components);
}
