/**
 * Export renderer benchmark: builds an event with 2,000 sessions, 1,500 speakers, 60 rooms and
 * 50 tracks in memory, renders each format RUNS times and reports the median; then runs Python's
 * `icalendar` (scripts/bench/python_ical_baseline.py, Debian's /usr/bin/python3) on the same
 * calendar data and prints the ratio. Targets (issue #5): iCal ≤ 100 ms median and ≥ 3× faster
 * than the Python baseline.
 *
 * The bench runner runs this file in a child process (`benchExportRenderersIsolated`);
 * `npx tsx scripts/bench/export-renderers.ts` runs it alone.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
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
  /** Median process CPU time (user + system, all threads): less distorted by other load on the machine. */
  cpuMedianMs?: number;
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

function pythonBaseline(data: ExportData): number | null {
  if (!fs.existsSync(PYTHON)) return null;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "oe-bench-ical-")), "data.json");
  fs.writeFileSync(file, JSON.stringify(pythonInput(data)));
  try {
    const result = spawnSync(PYTHON, [path.join(import.meta.dirname, "python_ical_baseline.py"), file], { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`python baseline failed: ${result.stderr}`);
    return (JSON.parse(result.stdout) as { medianMs: number }).medianMs;
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

export async function benchExportRenderers(): Promise<BenchRow[]> {
  const data = largeExportData();
  const rows: BenchRow[] = [
    await measure("iCal (ical-generator 11)", () => renderICal(data)),
    await measure("xCal", () => renderXCal(data)),
    await measure("frab XML", () => renderFrabXml(data)),
    await measure("frab JSON", () => renderFrabJson(data)),
    await measure("JSON zip (no media)", () => renderJsonZip(data)),
    await measure("sessions CSV", () => renderSessionsCsv(data)),
    await measure("speakers CSV", () => renderSpeakersCsv(data)),
  ];
  const python = pythonBaseline(data);
  if (python != null) rows.push({ name: "baseline: Python icalendar, same calendar", medianMs: python });
  return rows;
}

export function printExportBench(rows: BenchRow[]): void {
  console.log(`\nExport renderers: 2,000 sessions, 1,500 speakers, 60 rooms, 50 tracks; median of ${RUNS} runs after ${WARMUP} warm-up runs, ${os.cpus().length} cores, load ${os.loadavg()[0]?.toFixed(1)}\n`);
  console.log(`${"format".padEnd(44)} ${"wall ms".padStart(9)} ${"cpu ms".padStart(9)}`);
  for (const row of rows) {
    console.log(`${row.name.padEnd(44)} ${row.medianMs.toFixed(1).padStart(9)} ${(row.cpuMedianMs?.toFixed(1) ?? "").padStart(9)}`);
  }
  const ical = rows[0]!.medianMs;
  const python = rows.find((row) => row.name.startsWith("baseline"))?.medianMs;
  if (python != null) console.log(`\niCal vs Python icalendar: ${(python / ical).toFixed(1)}× faster (target ≥ 3×); iCal median ${ical.toFixed(1)} ms (target ≤ 100 ms)`);
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
