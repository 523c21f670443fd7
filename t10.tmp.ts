import { renderXCal } from "./lib/export/render-xcal";
import { sampleExportData } from "./lib/export/__fixtures__/export-data";
import { largeExportData } from "./lib/export/__fixtures__/large-export-data";
const x = renderXCal(sampleExportData({ timezone: "Europe/Berlin" }));
console.log(x.slice(0, 5000));
const d = largeExportData();
let t = performance.now(); renderXCal(d); console.log("xcal big", performance.now() - t);
t = performance.now(); renderXCal(d); console.log("xcal big", performance.now() - t);
