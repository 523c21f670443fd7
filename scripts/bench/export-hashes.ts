/**
 * SHA-256 of every export format rendered from the bench's large event (2,000 sessions, in
 * two zones) and of the sample event: `npx tsx scripts/bench/export-hashes.ts > before.json` on
 * one commit and again on another, then compare, to show that a renderer change keeps the
 * output byte for byte.
 */
import { createHash } from "node:crypto";
import { sampleExportData } from "../../lib/export/__fixtures__/export-data";
import { largeExportData } from "../../lib/export/__fixtures__/large-export-data";
import { renderFrabJson, renderFrabXml } from "../../lib/export/render-frab";
import { renderICal } from "../../lib/export/render-ical";
import { renderJsonZip } from "../../lib/export/render-json-zip";
import { renderSessionsCsv, renderSpeakersCsv } from "../../lib/export/render-csv";
import { renderXCal } from "../../lib/export/render-xcal";
import type { ExportData } from "../../lib/export/types";

const hash = (value: string | Uint8Array) => createHash("sha256").update(value).digest("hex");

async function hashes(data: ExportData): Promise<Record<string, string>> {
  return {
    ics: hash(renderICal(data)),
    xcal: hash(renderXCal(data)),
    "frab.xml": hash(renderFrabXml(data)),
    "frab.json": hash(renderFrabJson(data)),
    zip: hash(await renderJsonZip(data)),
    "sessions.csv": hash(renderSessionsCsv(data)),
    "speakers.csv": hash(renderSpeakersCsv(data)),
  };
}

const result: Record<string, Record<string, string>> = {};
for (const zone of ["Europe/Berlin", "America/New_York"]) {
  result[`large ${zone}`] = await hashes(largeExportData(undefined, zone));
  result[`sample ${zone}`] = await hashes(sampleExportData({ timezone: zone }));
}
console.log(JSON.stringify(result, null, 2));
