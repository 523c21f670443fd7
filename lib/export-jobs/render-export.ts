import type { FetchMedia } from "../export";
import type { JobContext } from "../jobs/define-job";
import { FORMAT_SPECS, type ExportFormat } from "./formats";
import { loadExportData } from "./load-export-data";
import { recordSkippedMedia } from "./record-skipped-media";
import { jsonExportOptionsSchema, type ExportRequestedPayload } from "./schemas";

/**
 * The heavy part of an export: loads the event's data and renders the file's bytes. It runs in
 * the export worker (lib/export-jobs/export-worker.ts), whose heap is bounded, so that the rows
 * and the document in the making never weigh on the server's own heap. `fetchMedia` is asked for
 * the media a JSON zip packs; every URL it answers `null` for is recorded in the zip's `meta`.
 */
export async function renderExport(payload: ExportRequestedPayload, progress: JobContext["progress"], fetchMedia: FetchMedia): Promise<Uint8Array> {
  const format = payload.format as ExportFormat;
  const spec = FORMAT_SPECS[format];
  const options = jsonExportOptionsSchema.parse(payload.options ?? {});

  await progress("Loading event data", 10);
  const data = await loadExportData(payload.eventId, { audience: spec.audience });

  await progress("Rendering", 60);
  const skipped: string[] = [];
  const tracked: FetchMedia = async (url) => {
    const bytes = await fetchMedia(url);
    if (!bytes) skipped.push(url);
    return bytes;
  };
  let output = await spec.render(data, { options, fetchMedia: tracked });
  if (format === "json" && output instanceof Uint8Array) output = await recordSkippedMedia(output, skipped);
  return typeof output === "string" ? new TextEncoder().encode(output) : output;
}
