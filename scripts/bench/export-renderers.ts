/**
 * Export renderer benchmark: builds an event with 2,000 sessions, 1,500 speakers, 60 rooms and
 * 50 tracks in memory, renders each format and compares it with a Python baseline: Python's
 * `icalendar` (scripts/bench/python_ical_baseline.py, Debian's /usr/bin/python3) on the same
 * calendar data, and the Python standard library (python_export_baseline.py: `xml.etree`,
 * `json`, `zipfile`, `csv`) on the content of the other documents, each in its own interpreter,
 * and prints the ratios. Targets: iCal ≤ 100 ms median and ≥ 3× faster than Python's
 * icalendar; xCal and frab XML ≥ 3× faster than `xml.etree`; frab JSON, JSON zip and the CSVs
 * faster than their Python baseline.
 *
 * The two sides are measured in turn, never at the same time, so that the machine's speed,
 * which drifts over minutes on a shared VM, weighs on both alike: both baselines start once, in
 * their `--serve` mode (they load their input, then build a document as many times as they are
 * told on stdin and answer each command with a line of per-run times), and stay idle while ours
 * runs. For each format, after WARMUP unmeasured runs of ours and PYTHON_WARMUP of the baseline,
 * there are ROUNDS rounds (5): in each, ours runs RUNS_PER_ROUND times (3), and the baseline is
 * asked for RUNS_PER_ROUND runs and awaited; the side that goes first alternates from round to
 * round, so a steady drift favours neither. Each side's figures are the medians of all its runs
 * (wall time, and process CPU time). BENCH_EXPORT_ROUNDS, BENCH_EXPORT_RUNS_PER_ROUND,
 * BENCH_EXPORT_WARMUP and BENCH_EXPORT_PYTHON_WARMUP change the counts.
 *
 * The bench runner runs this file in a child process (`benchExportRenderersIsolated`);
 * `npx tsx scripts/bench/export-renderers.ts` runs it alone.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
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

const ROUNDS = Number(process.env.BENCH_EXPORT_ROUNDS ?? 5);
const RUNS_PER_ROUND = Number(process.env.BENCH_EXPORT_RUNS_PER_ROUND ?? 3);
const RUNS = ROUNDS * RUNS_PER_ROUND;
const WARMUP = Number(process.env.BENCH_EXPORT_WARMUP ?? 5);
const PYTHON_WARMUP = Number(process.env.BENCH_EXPORT_PYTHON_WARMUP ?? 1);
const PYTHON = "/usr/bin/python3";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Per-run wall and CPU times in ms, as both sides report them. */
interface Runs {
  wallMs: number[];
  cpuMs: number[];
}

/** `runs` runs of one of our renderers. */
async function runOurs(render: () => unknown, runs: number): Promise<Runs> {
  const wallMs: number[] = [];
  const cpuMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    await render();
    const used = process.cpuUsage(cpuStart);
    wallMs.push(performance.now() - start);
    cpuMs.push((used.user + used.system) / 1000);
  }
  return { wallMs, cpuMs };
}

/** A baseline's answer to one command: the runs, and what it says of its last document. */
interface PythonRuns extends Runs {
  bytes: number;
  sha256?: string;
  jcal_sha256?: string;
}

/**
 * One Python baseline in its own interpreter, started once in `--serve` mode: asked for runs of
 * one case at a time, on stdin, and answering with a JSON line on stdout. Between answers it
 * waits on stdin and takes no CPU.
 */
class PythonBaseline {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly lines: string[] = [];
  private waiting: { resolve(line: string): void; reject(error: Error): void } | null = null;
  private failure: Error | null = null;
  private stderr = "";
  private closed = false;

  constructor(
    private readonly script: string,
    file: string,
  ) {
    this.child = spawn(PYTHON, [path.join(import.meta.dirname, script), "--serve", file], {
      stdio: ["pipe", "pipe", "pipe"],
      env: { ...process.env, PYTHONUNBUFFERED: "1" },
    });
    createInterface({ input: this.child.stdout }).on("line", (line) => {
      if (this.waiting) {
        this.waiting.resolve(line);
        this.waiting = null;
      } else this.lines.push(line);
    });
    this.child.stderr.setEncoding("utf8").on("data", (chunk: string) => (this.stderr = (this.stderr + chunk).slice(-8000)));
    this.child.stdin.on("error", () => {}); // a write after it died; its exit says why
    this.child.on("error", (error) => this.fail(error));
    this.child.on("exit", (code, signal) => this.fail(new Error(`${script} exited (${signal ?? `code ${code}`}): ${this.stderr}`)));
  }

  private fail(error: Error): void {
    if (this.closed || this.failure) return;
    this.failure = error;
    this.waiting?.reject(error);
    this.waiting = null;
  }

  private next(): Promise<string> {
    const line = this.lines.shift();
    if (line !== undefined) return Promise.resolve(line);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  /** Resolves once it has loaded its input. */
  async ready(): Promise<void> {
    const answer = JSON.parse(await this.next()) as { ready?: boolean };
    if (!answer.ready) throw new Error(`${this.script} did not start: ${JSON.stringify(answer)}`);
  }

  /** `runs` runs of one case; we wait idle for the answer. */
  async run(name: string, runs: number): Promise<PythonRuns> {
    if (this.failure) throw this.failure;
    this.child.stdin.write(`${name} ${runs}\n`);
    const answer = JSON.parse(await this.next()) as PythonRuns & { error?: string };
    if (answer.error) throw new Error(`${this.script}: ${answer.error}`);
    return answer;
  }

  close(): void {
    this.closed = true;
    this.child.stdin.end();
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
  }
}

/** The two baselines, started and loaded (null without /usr/bin/python3). */
interface PythonBaselines {
  ical: PythonBaseline;
  stdlib: PythonBaseline;
}

async function startPythonBaselines(data: ExportData): Promise<PythonBaselines | null> {
  if (!fs.existsSync(PYTHON)) return null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oe-bench-python-"));
  const started: PythonBaseline[] = [];
  try {
    const start = (script: string, input: unknown) => {
      const file = path.join(dir, `${script}.json`);
      fs.writeFileSync(file, JSON.stringify(input));
      const baseline = new PythonBaseline(script, file);
      started.push(baseline);
      return baseline;
    };
    const baselines = {
      ical: start("python_ical_baseline.py", pythonInput(data)),
      stdlib: start("python_export_baseline.py", await stdlibInput(data)),
    };
    // Both load their input before anything is measured.
    await Promise.all(started.map((baseline) => baseline.ready()));
    return baselines;
  } catch (error) {
    for (const baseline of started) baseline.close();
    throw error;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Ours and a baseline measured in turn: warm-up runs of each, then ROUNDS rounds of
 * RUNS_PER_ROUND runs a side, the side that goes first alternating. While one side runs the
 * other waits. Without a baseline, ours runs the same rounds alone.
 */
async function measureInTurn(
  render: () => unknown,
  baseline: ((runs: number) => Promise<PythonRuns>) | null,
): Promise<{ ours: Runs; theirs: (Runs & { last: PythonRuns }) | null }> {
  // Warm-up: V8 compiles hot code in tiers over the first runs, and caches (the VTIMEZONE
  // lookup) fill; steady state is what a running server sees. Python's caches fill too.
  await runOurs(render, WARMUP);
  if (baseline && PYTHON_WARMUP > 0) await baseline(PYTHON_WARMUP);
  const ours: Runs = { wallMs: [], cpuMs: [] };
  const theirs: Runs = { wallMs: [], cpuMs: [] };
  const answers: PythonRuns[] = [];
  const sides = [
    async () => {
      const runs = await runOurs(render, RUNS_PER_ROUND);
      ours.wallMs.push(...runs.wallMs);
      ours.cpuMs.push(...runs.cpuMs);
    },
    async () => {
      if (!baseline) return;
      const answer = await baseline(RUNS_PER_ROUND);
      answers.push(answer);
      theirs.wallMs.push(...answer.wallMs);
      theirs.cpuMs.push(...answer.cpuMs);
    },
  ];
  for (let round = 0; round < ROUNDS; round++) {
    for (const side of round % 2 ? [...sides].reverse() : sides) await side();
  }
  const last = answers.at(-1);
  return { ours, theirs: last ? { ...theirs, last } : null };
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

const ICAL_BASELINE = "baseline: Python icalendar, same calendar";

/** Our formats, each with its baseline: the row's name, which interpreter, its case there, the target. */
interface Format {
  name: string;
  render(): unknown;
  baseline: { name: string; target: number; python: keyof PythonBaselines; case: string };
}

export async function benchExportRenderers(): Promise<BenchRow[]> {
  const data = largeExportData();
  const stdlib = (key: keyof typeof STDLIB_BASELINES, target: number) => ({ name: STDLIB_BASELINES[key], target, python: "stdlib" as const, case: key });
  const formats: Format[] = [
    { name: "iCal (ical-generator 11)", render: () => renderICal(data), baseline: { name: ICAL_BASELINE, target: 3, python: "ical", case: "ical" } },
    { name: "xCal", render: () => renderXCal(data), baseline: stdlib("xcal", 3) },
    { name: "frab XML", render: () => renderFrabXml(data), baseline: stdlib("frab_xml", 3) },
    { name: "frab JSON", render: () => renderFrabJson(data), baseline: stdlib("frab_json", 1) },
    { name: "JSON zip (no media)", render: () => renderJsonZip(data), baseline: stdlib("json_zip", 1) },
    { name: "sessions CSV", render: () => renderSessionsCsv(data), baseline: stdlib("sessions_csv", 1) },
    { name: "speakers CSV", render: () => renderSpeakersCsv(data), baseline: stdlib("speakers_csv", 1) },
  ];
  const pythons = await startPythonBaselines(data);
  try {
    const rows: BenchRow[] = [];
    const baselineRows: BenchRow[] = [];
    for (const format of formats) {
      const { name, target, python, case: baselineCase } = format.baseline;
      const baseline = pythons && ((runs: number) => pythons[python].run(baselineCase, runs));
      const { ours, theirs } = await measureInTurn(format.render, baseline);
      rows.push({ name: format.name, medianMs: median(ours.wallMs), cpuMedianMs: median(ours.cpuMs), baseline: { name, target } });
      if (!theirs) continue;
      const compared = python === "stdlib" ? FROM_EXPORT_DATA[baselineCase as keyof typeof STDLIB_BASELINES] : undefined;
      const theirHash = compared && theirs.last[compared.theirs];
      baselineRows.push({
        name,
        medianMs: median(theirs.wallMs),
        cpuMedianMs: median(theirs.cpuMs),
        ...(compared ? { sameBytes: theirHash !== undefined && sha256(compared.ours(data)) === theirHash } : {}),
      });
    }
    return [...rows, ...baselineRows];
  } finally {
    pythons?.ical.close();
    pythons?.stdlib.close();
  }
}

export function printExportBench(rows: BenchRow[]): void {
  console.log(`\nExport renderers: 2,000 sessions, 1,500 speakers, 60 rooms, 50 tracks; median of ${RUNS} runs after ${WARMUP} warm-up runs, ${os.cpus().length} cores, load ${os.loadavg()[0]?.toFixed(1)}`);
  if (rows.some((row) => row.name.startsWith("baseline: "))) {
    console.log(
      `Each format and its Python baseline measured in turn: ${ROUNDS} rounds of ${RUNS_PER_ROUND} runs a side, who goes first alternating; the baseline after ${PYTHON_WARMUP} warm-up runs`,
    );
  }
  console.log(`\n${"format".padEnd(44)} ${"wall ms".padStart(9)} ${"cpu ms".padStart(9)}`);
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
 * The renderer measurements in a process of their own, as the Python baselines run in their own
 * interpreters: the bench runner's process has seeded databases and driven HTTP load, and its
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
