import {
  renderFrabJson,
  renderFrabXml,
  renderICal,
  renderJsonZip,
  renderSessionsCsv,
  renderSpeakersCsv,
  renderXCal,
  type ExportData,
  type FetchMedia,
} from "../export";
import type { ExportFormat } from "./format-names";
import type { ExportAudience } from "./load-export-data";
import type { JsonExportOptions } from "./schemas";

/**
 * Every export format, as data: how it is loaded, rendered and served. The public formats are
 * calendar and schedule files anyone may subscribe to, so an organizer's export of them loads
 * the TEAM audience: the public columns and sessions (a file passed around must never carry
 * private fields) of the event in any state, published or not (see load-export-data.ts).
 */
export { EXPORT_FORMATS, type ExportFormat } from "./format-names";

export interface RenderContext {
  options: JsonExportOptions;
  fetchMedia: FetchMedia;
}

export interface FormatSpec {
  label: string;
  audience: ExportAudience;
  extension: string;
  contentType: string;
  /** The name part of the downloaded file: `<event identifier>-<fileLabel>.<extension>`. */
  fileLabel: string;
  render(data: ExportData, context: RenderContext): Promise<string | Uint8Array> | string | Uint8Array;
}

export const FORMAT_SPECS: Record<ExportFormat, FormatSpec> = {
  ical: {
    label: "iCalendar",
    audience: "team",
    extension: "ics",
    contentType: "text/calendar; charset=utf-8",
    fileLabel: "ical",
    render: (data) => renderICal(data),
  },
  xcal: {
    label: "xCal",
    audience: "team",
    extension: "xcs",
    contentType: "application/calendar+xml",
    fileLabel: "xcal",
    render: (data) => renderXCal(data),
  },
  pentabarf: {
    label: "Pentabarf XML",
    audience: "team",
    extension: "xml",
    contentType: "application/xml",
    fileLabel: "pentabarf",
    render: (data) => renderFrabXml(data),
  },
  "frab-json": {
    label: "frab JSON",
    audience: "team",
    extension: "json",
    contentType: "application/json",
    fileLabel: "frab",
    render: (data) => renderFrabJson(data),
  },
  json: {
    label: "JSON zip",
    audience: "organizer",
    extension: "zip",
    contentType: "application/zip",
    fileLabel: "json",
    render: (data, { options, fetchMedia }) => renderJsonZip(data, { ...options, fetchMedia }),
  },
  "sessions-csv": {
    label: "Sessions CSV",
    audience: "organizer",
    extension: "csv",
    contentType: "text/csv; charset=utf-8",
    fileLabel: "sessions",
    render: (data) => renderSessionsCsv(data),
  },
  "speakers-csv": {
    label: "Speakers CSV",
    audience: "organizer",
    extension: "csv",
    contentType: "text/csv; charset=utf-8",
    fileLabel: "speakers",
    render: (data) => renderSpeakersCsv(data),
  },
};
