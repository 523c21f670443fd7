/**
 * Renders every format for the sample event in two zones and prints a SHA-256 per output. Run
 * in child processes with different `TZ` values by tz-independence.test.ts.
 */
import { createHash } from "node:crypto";
import { renderFrabJson, renderFrabXml } from "../render-frab";
import { renderICal } from "../render-ical";
import { renderJsonZip } from "../render-json-zip";
import { renderSessionsCsv, renderSpeakersCsv } from "../render-csv";
import { renderXCal } from "../render-xcal";
import { sampleExportData } from "./export-data";

const hash = (value: string | Uint8Array) => createHash("sha256").update(value).digest("hex");

export async function renderAllHashes(): Promise<Record<string, string>> {
  const result: Record<string, string> = { tz: String(new Date(Date.UTC(2027, 0, 1)).getHours()) };
  for (const zone of ["Europe/Berlin", "America/New_York"]) {
    const data = sampleExportData({ timezone: zone });
    result[`${zone} ics`] = hash(renderICal(data));
    result[`${zone} xcal`] = hash(renderXCal(data));
    result[`${zone} frab.xml`] = hash(renderFrabXml(data));
    result[`${zone} frab.json`] = hash(renderFrabJson(data));
    result[`${zone} zip`] = hash(await renderJsonZip(data));
    result[`${zone} sessions.csv`] = hash(renderSessionsCsv(data));
    result[`${zone} speakers.csv`] = hash(renderSpeakersCsv(data));
  }
  return result;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop() ?? "")) {
  process.stdout.write(JSON.stringify(await renderAllHashes()));
}
