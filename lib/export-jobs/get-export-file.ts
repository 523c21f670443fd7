import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { getEvent } from "../events/get-event";
import { exportLinkActor, isSignedExportRequest } from "./download-link";
import { readFile } from "../storage";
import { FORMAT_SPECS, EXPORT_FORMATS, type ExportFormat } from "./formats";
import { exportFileKey } from "./paths";
import { exportFileNameSchema } from "./schemas";

export interface ExportFile {
  body: ReadableStream<Uint8Array>;
  size: number;
  contentType: string;
  /** What the browser saves it as: `<event identifier>-<format>.<ext>`. */
  downloadName: string;
}

/**
 * A finished export of the event, for co-organizers and up. The file must belong to an
 * ExportJob of this very event, so a file name from another event answers 404 here. A request
 * whose `query` holds a link signature (download-link.ts) is answered for the link's user
 * instead of `actor`: the link alone must do, as a plain link in a browser.
 */
export async function getExportFile(
  caller: Actor,
  idOrIdentifier: string | number,
  fileName: string,
  query: URLSearchParams = new URLSearchParams(),
): Promise<ExportFile> {
  const actor = isSignedExportRequest(query) ? await exportLinkActor(String(idOrIdentifier), fileName, query) : caller;
  if (!actor) throw new AppError("UNAUTHORIZED", "Authentication required");
  const event = await getEvent(actor, idOrIdentifier, "event.export");
  if (!exportFileNameSchema.safeParse(fileName).success) throw notFound("Export");
  const job = await db.exportJob.findFirst({
    where: { eventId: event.id, fileName, status: "done" },
    select: { format: true },
  });
  if (!job || !(EXPORT_FORMATS as readonly string[]).includes(job.format)) throw notFound("Export");
  const spec = FORMAT_SPECS[job.format as ExportFormat];
  const file = await readFile(exportFileKey(event.id, fileName));
  if (!file) throw notFound("Export");
  return {
    ...file,
    contentType: spec.contentType,
    downloadName: `${event.identifier}-${spec.fileLabel}.${spec.extension}`,
  };
}
