/**
 * The export format names alone (no renderers), so the job payload schema and client code can
 * use them without pulling in the rendering code.
 */
export const EXPORT_FORMATS = ["ical", "xcal", "pentabarf", "frab-json", "json", "sessions-csv", "speakers-csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
