export { loadExportData, type ExportAudience, type LoadExportDataOptions } from "./load-export-data";
export { startExport } from "./start-export";
export { findExportJobs, type ExportJobSummary } from "./find-export-jobs";
export { getExportFile, type ExportFile } from "./get-export-file";
export { EXPORT_FORMATS, FORMAT_SPECS, type ExportFormat } from "./formats";
export { jsonExportOptionsSchema, emptyExportBodySchema, type JsonExportOptions } from "./schemas";
