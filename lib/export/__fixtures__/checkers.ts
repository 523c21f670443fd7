import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
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

/** RFC 6321's RELAX NG schema with the extension properties the renderer writes (see xcal.rnc). */
export const XCAL_SCHEMA = path.join(import.meta.dirname, "xcal.rnc");

/** Validates XML against a RELAX NG compact schema with jing (Debian package `jing`). */
export function jingValidate(xml: string, schema: string): { ok: boolean; output: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oe-jing-"));
  try {
    const file = path.join(dir, "document.xml");
    fs.writeFileSync(file, xml);
    const result = spawnSync("jing", ["-c", schema, file], { encoding: "utf8" });
    if (result.error) throw new Error(`jing did not run (install the Debian package jing, as scripts/test-all.sh does): ${result.error.message}`);
    // Debian's launcher warns about optional jars it does not find.
    const output = `${result.stdout}${result.stderr}`.split("\n").filter((line) => line && !line.startsWith("[warning]")).join("\n");
    return { ok: result.status === 0, output };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** RFC 6868 parameter-value decoding (Python's icalendar 4 does not do it). */
export function decodeRfc6868(value: string): string {
  return value.replace(/\^(\^|n|')/g, (_, c: string) => (c === "^" ? "^" : c === "n" ? "\n" : '"'));
}

export interface ReadEvent {
  uid: string;
  start: string;
  end: string;
}

export interface XCalMoment {
  instant: string;
  tzid: string | null;
  ambiguous: boolean;
  missing: boolean;
}

/** Each VEVENT's UTC start and end as an independent Python reader sees them (see instants.py). */
export function readInstants(reader: "vobject", ics: string): ReadEvent[];
export function readInstants(reader: "xcal", xml: string): { uid: string; start: XCalMoment; end: XCalMoment }[];
export function readInstants(reader: "vobject" | "xcal", text: string): unknown {
  const result = spawnSync(SYSTEM_PYTHON, [path.join(import.meta.dirname, "instants.py"), reader], { input: text, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${reader} failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

/** The records of a CSV file as Python's `csv` module reads them (BOM removed, any line break). */
export function readCsvWithPython(text: string): string[][] {
  const script = 'import csv, io, json, sys\njson.dump(list(csv.reader(io.StringIO(sys.stdin.buffer.read().decode("utf-8-sig"), newline=""))), sys.stdout)';
  const result = spawnSync(SYSTEM_PYTHON, ["-c", script], { input: text, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`python csv failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as string[][];
}
