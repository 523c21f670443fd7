import ICAL from "ical.js";
import { icalParts, type ICalOptions } from "./render-ical";
import type { ExportData } from "./types";
import { XmlWriter } from "./xml-writer";

export const XCAL_NAMESPACE = "urn:ietf:params:xml:ns:icalendar-2.0";

/*
 * xCal (RFC 6321) is produced from the iCal text itself: the text renderICal writes (its parts,
 * `icalParts`, before folding) is parsed with ical.js into jCal (RFC 7265), which is isomorphic
 * to xCal, and jCal is written as XML. So the xCal file carries exactly the content of the .ics
 * file (same components, properties, parameters, values and order) by construction, not by
 * keeping two renderers in step.
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
  const { header, events } = icalParts(data, options);
  const { shell, components } = splitCalendar(header);
  // The events follow the header's components, as renderICal places them.
  return writeCalendar(shell, [components, events]);
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
 * The calendar as xCal: its own lines (`shell`) and then its components' texts, each parsed by
 * ical.js and written in turn, so that only one component's jCal exists at a time (the jCal of
 * a 10,000-session calendar held at once took about 100 MB, and every element of it outlived a
 * young-generation collection).
 */
function writeCalendar(shell: string, components: Iterable<string>[]): string {
  const [name, properties] = ICAL.parse(shell) as JCalComponent;
  const xml = new XmlWriter();
  xml.open("icalendar", { xmlns: XCAL_NAMESPACE });
  xml.open(name).open("properties");
  for (const property of properties) writeProperty(xml, property);
  xml.close();
  let opened = false;
  const written = new Map<string, string>();
  for (const group of components) {
    for (const component of group) {
      if (!opened) xml.open("components");
      opened = true;
      if (!writeFlatComponent(xml, component, written)) writeComponent(xml, ICAL.parse(component) as JCalComponent);
    }
  }
  if (opened) xml.close();
  return xml.end();
}

const CRLF = "\r\n";
const UNUSUAL_LINE = /^(?:[ \t]|BEGIN:|END:)|[\r\n]/i;
// Properties that are each event's own, without parameters: not worth remembering, and their
// value needs no parser (below).
const OWN_LINE = /^(UID|SUMMARY|DESCRIPTION|URL):/;
const OWN_TYPES: Record<string, "text" | "uri"> = { UID: "text", SUMMARY: "text", DESCRIPTION: "text", URL: "uri" };

/**
 * ical.js's jCal of an event's own line (`OWN_LINE`): a TEXT value with its escapes removed or a
 * URI as it is, which is what `ICAL.parse.property` gives for these four properties without
 * parameters (render-xcal.test.ts compares them), at a fraction of its cost.
 */
function ownProperty(line: string, name: string): JCalProperty {
  const type = OWN_TYPES[name]!;
  const value = line.slice(name.length + 1);
  return [name.toLowerCase(), {}, type, type === "text" ? textValue.fromICAL(value) : value];
}

/**
 * Writes a component without components of its own (a VEVENT) line by line, and answers false,
 * writing nothing, for anything else (nested components, folded lines, other line ends), which
 * the caller parses whole. Most property lines repeat from event to event (DTSTAMP, ORGANIZER, a
 * room's LOCATION and GEO, a track's CATEGORIES, a speaker's ATTENDEE, the slots' DTSTART and
 * DTEND): each distinct line is parsed by ical.js and written once per document, and its markup
 * (`written`, all at the same depth) is copied where it comes again.
 */
function writeFlatComponent(xml: XmlWriter, text: string, written: Map<string, string>): boolean {
  const lines = text.split(CRLF);
  const last = lines.length - (lines[lines.length - 1] === "" ? 2 : 1);
  const begin = /^BEGIN:([^;:]+)$/i.exec(lines[0] ?? "");
  const end = /^END:([^;:]+)$/i.exec(lines[last] ?? "");
  if (!begin || !end || begin[1]!.toLowerCase() !== end[1]!.toLowerCase()) return false;
  for (let index = 1; index < last; index++) if (UNUSUAL_LINE.test(lines[index]!)) return false;
  xml.open(begin[1]!.toLowerCase()).open("properties");
  const depth = xml.depth;
  for (let index = 1; index < last; index++) {
    const line = lines[index]!;
    const own = OWN_LINE.exec(line);
    if (own) {
      writeProperty(xml, ownProperty(line, own[1]!));
      continue;
    }
    let markup = written.get(line);
    if (markup === undefined) {
      const property = ICAL.parse.property(line) as unknown as JCalProperty;
      markup = XmlWriter.fragment(depth, (fragment) => writeProperty(fragment, property));
      written.set(line, markup);
    }
    xml.raw(markup);
  }
  xml.close().close();
  return true;
}

/** Converts iCalendar text to xCal via ical.js's jCal. */
export function icalToXCal(ics: string): string {
  const { shell, components } = splitCalendar(ics);
  return writeCalendar(shell, [components]);
}
