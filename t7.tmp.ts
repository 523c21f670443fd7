import { renderICal } from "./lib/export/render-ical";
import { largeExportData } from "./lib/export/__fixtures__/large-export-data";
const d = largeExportData();
for (let i = 0; i < 30; i++) renderICal(d);
