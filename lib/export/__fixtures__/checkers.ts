import { spawnSync } from "node:child_process";
import path from "node:path";

/** Debian's interpreter with python3-icalendar (the `python3` first on PATH lacks it). */
export const SYSTEM_PYTHON = "/usr/bin/python3";
export const SCHEMAS = path.resolve(process.cwd(), "../shared/schemas");

export interface PyMoment {
  raw: string;
  tzid: string | null;
  utc: string;
  utc_via_vtimezone?: string;
}

export interface PyCalendar {
  prodid: string;
  version: string;
  calname: string;
  caldesc: string;
  wr_timezone: string;
  timezones: { tzid: string; components: { name: string; tzoffsetfrom: string; tzoffsetto: string; dtstart: string; rrule: string | null }[] }[];
  events: {
    uid: string;
    summary: string;
    description: string | null;
    location: string | null;
    url: string | null;
    dtstamp: string;
    dtstart: PyMoment;
    dtend: PyMoment;
    geo: [number, number] | null;
    categories: string[];
    attendees: { cn: string | null; address: string }[];
    organizer: { cn: string | null; address: string } | null;
  }[];
}

export function parseWithPython(ics: string): PyCalendar {
  const result = spawnSync(SYSTEM_PYTHON, [path.join(import.meta.dirname, "parse_ics.py")], { input: ics, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`python icalendar failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as PyCalendar;
}

export function xmllintValidate(xml: string, schema: string): { ok: boolean; output: string } {
  const result = spawnSync("xmllint", ["--noout", "--schema", schema, "-"], { input: xml, encoding: "utf8" });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

/** RFC 6868 parameter-value decoding (Python's icalendar 4 does not do it). */
export function decodeRfc6868(value: string): string {
  return value.replace(/\^(\^|n|')/g, (_, c: string) => (c === "^" ? "^" : c === "n" ? "\n" : '"'));
}
