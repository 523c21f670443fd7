/**
 * Export renderer benchmark: builds an event with 2,000 sessions, 1,500 speakers, 60 rooms and
 * 50 tracks in memory, renders each format RUNS times and reports the median; then runs Python's
 * `icalendar` (scripts/bench/python_ical_baseline.py, Debian's /usr/bin/python3) on the same
 * calendar data, and the Python standard library (python_export_baseline.py: `xml.etree`,
 * `json`, `zipfile`, `csv`) on the content of the other documents, each in its own interpreter,
 * and prints the ratios. Targets: iCal ≤ 100 ms median and ≥ 3× faster than Python's
 * icalendar; xCal and frab XML ≥ 3× faster than `xml.etree`; frab JSON, JSON zip and the CSVs
 * faster than their Python baseline.
 *
 * The bench runner runs this file in a child process (`benchExportRenderersIsolated`);
 * `npx tsx scripts/bench/export-renderers.ts` runs it alone.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ICAL from "ical.js";
import JSZip from "jszip";
import { largeExportData } from "../../lib/export/__fixtures__/large-export-data";
import { renderFrabJson, renderFrabXml } from "../../lib/export/render-frab";
import { icalEventData, renderICal } from "../../lib/export/render-ical";
import { renderJsonZip } from "../../lib/export/render-json-zip";
import { renderSessionsCsv, renderSpeakersCsv } from "../../lib/export/render-csv";
import { renderXCal } from "../../lib/export/render-xcal";
import { icalZone } from "../../lib/export/timezone";
import type { ExportData } from "../../lib/export/types";

export interface BenchRow {
  name: string;
  medianMs: number;
  /** The row of the Python baseline this format is compared with, and the least ratio wanted. */
  baseline?: { name: string; target: number };
  /** Median process CPU time (user + system, all threads): less distorted by other load on the machine. */
  cpuMedianMs?: number;
  /** A baseline that builds its document from the export data itself: whether it wrote our bytes. */
  sameBytes?: boolean;
}

const RUNS = Number(process.env.BENCH_EXPORT_RUNS ?? 15);
const WARMUP = Number(process.env.BENCH_EXPORT_WARMUP ?? 5);
const PYTHON = "/usr/bin/python3";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function measure(name: string, render: () => unknown): Promise<BenchRow> {
  // Warm-up: V8 compiles hot code in tiers over the first runs, and caches (the VTIMEZONE
  // lookup) fill; steady state is what a running server sees.
  for (let i = 0; i < WARMUP; i++) await render();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    await render();
    const used = process.cpuUsage(cpuStart);
    times.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  return { name, medianMs: median(times), cpuMedianMs: median(cpu) };
}

/** The calendar's content as plain data for the Python baseline. */
function pythonInput(data: ExportData): unknown {
  const zone = icalZone(data.event.timezone);
  if (!zone) throw new Error(`no VTIMEZONE for ${data.event.timezone}`);
  const local = (value: unknown) => (value as { toFormat(format: string): string }).toFormat("yyyy-LL-dd'T'HH:mm:ss");
  return {
    runs: RUNS,
    calname: data.event.name,
    caldesc: `Schedule for sessions at ${data.event.name}`,
    timezone: zone.tzid,
    vtimezone: zone.vtimezone,
    events: icalEventData(data).map((event) => {
      const location = event.location && typeof event.location === "object" && "title" in event.location ? event.location : null;
      return {
        uid: event.id,
        summary: event.summary,
        description: typeof event.description === "string" ? event.description : null,
        location: location?.title || null,
        geo: location?.geo ? [location.geo.lat, location.geo.lon] : null,
        url: event.url,
        start: local(event.start),
        end: local(event.end),
        stamp: data.generatedAt.toISOString().replace(/\.\d+Z$/, "+00:00"),
        categories: (event.categories ?? []).map((category) => ("name" in category ? category.name : "")),
        attendees: (event.attendees ?? []).map((attendee) => ({ cn: "name" in attendee ? attendee.name : "", email: "email" in attendee ? attendee.email : "" })),
        organizer: { cn: data.event.name, email: data.event.email ?? `noreply@${new URL(data.baseUrl).hostname}` },
      };
    }),
  };
}

/** Runs one of the Python baselines on `input` (written to a temporary JSON file); its printed JSON. */
function runPython(script: string, input: unknown): unknown {
  if (!fs.existsSync(PYTHON)) return null;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "oe-bench-python-")), "data.json");
  fs.writeFileSync(file, JSON.stringify(input));
  try {
    const result = spawnSync(PYTHON, [path.join(import.meta.dirname, script), file], { encoding: "utf8", maxBuffer: 1 << 20 });
    if (result.status !== 0) throw new Error(`${script} failed: ${result.stderr}`);
    return JSON.parse(result.stdout);
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

function pythonBaseline(data: ExportData): BenchRow | null {
  const result = runPython("python_ical_baseline.py", pythonInput(data)) as BenchRow | null;
  return result && { name: ICAL_BASELINE, medianMs: result.medianMs, cpuMedianMs: result.cpuMedianMs };
}

const STDLIB_BASELINES = {
  xcal: "baseline: Python xml.etree, same xCal",
  frab_xml: "baseline: Python xml.etree, same frab XML",
  frab_json: "baseline: Python json.dumps, same frab JSON",
  json_zip: "baseline: Python json + zipfile, same zip",
  sessions_csv: "baseline: Python csv, same sessions CSV",
  speakers_csv: "baseline: Python csv, same speakers CSV",
} as const;

/**
 * The documents' content as the Python standard library baseline takes it. The zip baseline
 * reads its files back from our own output: it only serializes and compresses. The others take
 * the export data itself (`export`) and do all the work ours does (public sessions in order,
 * local times in the event zone, HTML to plain text, lookups, GUIDs): their frab JSON and CSVs
 * are our bytes; their xCal is our calendar (the same jCal) and their frab XML is written from
 * our frab document, by xml.etree, whose serialization differs from ours in quotes and spaces.
 */
async function stdlibInput(data: ExportData): Promise<unknown> {
  const zip = await JSZip.loadAsync(await renderJsonZip(data));
  const files: Record<string, unknown> = {};
  for (const name of Object.keys(zip.files)) files[name] = JSON.parse(await zip.files[name]!.async("string"));
  return {
    runs: RUNS,
    // Zone data, from a library on both sides.
    vtimezone: (ICAL.parse(renderICal(data)) as [string, unknown[], unknown[]])[2][0],
    zip: files,
    export: data,
  };
}

/**
 * The baselines that build from the export data, with what of ours their output is compared
 * with: our file itself, or for xCal our calendar as jCal (xml.etree writes it differently).
 */
const FROM_EXPORT_DATA: Partial<Record<keyof typeof STDLIB_BASELINES, { ours(data: ExportData): string; theirs: "sha256" | "jcal_sha256" }>> = {
  xcal: { ours: (data) => JSON.stringify(ICAL.parse(renderICal(data))), theirs: "jcal_sha256" },
  frab_json: { ours: renderFrabJson, theirs: "sha256" },
  sessions_csv: { ours: renderSessionsCsv, theirs: "sha256" },
  speakers_csv: { ours: renderSpeakersCsv, theirs: "sha256" },
};

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

async function stdlibBaselines(data: ExportData): Promise<BenchRow[]> {
  const result = runPython("python_export_baseline.py", await stdlibInput(data)) as Record<keyof typeof STDLIB_BASELINES, BenchRow & { sha256: string; jcal_sha256?: string }> | null;
  if (!result) return [];
  return Object.entries(STDLIB_BASELINES).map(([key, name]) => {
    const row = result[key as keyof typeof STDLIB_BASELINES];
    const compared = FROM_EXPORT_DATA[key as keyof typeof STDLIB_BASELINES];
    return {
      name,
      medianMs: row.medianMs,
      cpuMedianMs: row.cpuMedianMs,
      ...(compared ? { sameBytes: sha256(compared.ours(data)) === row[compared.theirs] } : {}),
    };
  });
}

const ICAL_BASELINE = "baseline: Python icalendar, same calendar";

export async function benchExportRenderers(): Promise<BenchRow[]> {
  const data = largeExportData();
  const rows: BenchRow[] = [
    { ...(await measure("iCal (ical-generator 11)", () => renderICal(data))), baseline: { name: ICAL_BASELINE, target: 3 } },
    { ...(await measure("xCal", () => renderXCal(data))), baseline: { name: STDLIB_BASELINES.xcal, target: 3 } },
    { ...(await measure("frab XML", () => renderFrabXml(data))), baseline: { name: STDLIB_BASELINES.frab_xml, target: 3 } },
    { ...(await measure("frab JSON", () => renderFrabJson(data))), baseline: { name: STDLIB_BASELINES.frab_json, target: 1 } },
    { ...(await measure("JSON zip (no media)", () => renderJsonZip(data))), baseline: { name: STDLIB_BASELINES.json_zip, target: 1 } },
    { ...(await measure("sessions CSV", () => renderSessionsCsv(data))), baseline: { name: STDLIB_BASELINES.sessions_csv, target: 1 } },
    { ...(await measure("speakers CSV", () => renderSpeakersCsv(data))), baseline: { name: STDLIB_BASELINES.speakers_csv, target: 1 } },
  ];
  const python = pythonBaseline(data);
  if (python) rows.push(python);
  rows.push(...(await stdlibBaselines(data)));
  return rows;
}

export function printExportBench(rows: BenchRow[]): void {
  console.log(`\nExport renderers: 2,000 sessions, 1,500 speakers, 60 rooms, 50 tracks; median of ${RUNS} runs after ${WARMUP} warm-up runs, ${os.cpus().length} cores, load ${os.loadavg()[0]?.toFixed(1)}\n`);
  console.log(`${"format".padEnd(44)} ${"wall ms".padStart(9)} ${"cpu ms".padStart(9)}`);
  for (const row of rows) {
    const bytes = row.sameBytes === undefined ? "" : row.sameBytes ? "  same content as ours" : "  DIFFERENT CONTENT FROM OURS";
    console.log(`${row.name.padEnd(44)} ${row.medianMs.toFixed(1).padStart(9)} ${(row.cpuMedianMs?.toFixed(1) ?? "").padStart(9)}${bytes}`);
  }
  console.log("");
  for (const row of rows) {
    const baseline = row.baseline && rows.find((other) => other.name === row.baseline!.name);
    if (!row.baseline || !baseline) continue;
    // Judged on CPU time when both sides have it: other load on the machine stretches wall time
    // of whichever side it happens to hit.
    const wall = baseline.medianMs / row.medianMs;
    const cpu = baseline.cpuMedianMs && row.cpuMedianMs ? baseline.cpuMedianMs / row.cpuMedianMs : undefined;
    const verdict = (cpu ?? wall) >= row.baseline.target ? "ok" : "MISSED";
    console.log(
      `${row.name.padEnd(26)} ${(cpu ?? wall).toFixed(1).padStart(5)}× ${cpu ? "CPU" : "wall"} (wall ${wall.toFixed(1)}×) vs ${baseline.name.replace("baseline: ", "")}; target ≥ ${row.baseline.target}×: ${verdict}`,
    );
  }
  const ical = rows[0]!.medianMs;
  console.log(`iCal median ${ical.toFixed(1)} ms (target ≤ 100 ms)`);
}

/**
 * The renderer measurements in a process of their own, as the Python baseline runs in its own
 * interpreter: the bench runner's process has seeded databases and driven HTTP load, and its
 * heap and JIT state would be measured along with the renderers.
 */
export function benchExportRenderersIsolated(): BenchRow[] {
  const result = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, "--json"], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  if (result.status !== 0) throw new Error(`export renderer bench failed (exit ${result.status})`);
  return JSON.parse(result.stdout) as BenchRow[];
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  benchExportRenderers()
    .then((rows) => (process.argv.includes("--json") ? console.log(JSON.stringify(rows)) : printExportBench(rows)))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
