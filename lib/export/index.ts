export type * from "./types";
export { renderICal, type ICalOptions } from "./render-ical";
export { renderXCal, icalToXCal, XCAL_NAMESPACE } from "./render-xcal";
export { renderFrabXml, renderFrabJson } from "./render-frab";
export { renderJsonZip, JSON_EXPORT_FILES, JSON_EXPORT_FORMAT, JSON_EXPORT_VERSION } from "./render-json-zip";
export { renderSessionsCsv, renderSpeakersCsv } from "./render-csv";
