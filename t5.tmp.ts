import { renderICal } from "./lib/export/render-ical";
import { largeExportData } from "./lib/export/__fixtures__/large-export-data";
const d = largeExportData();
const times: number[] = [];
let out = "";
for (let i = 0; i < 15; i++) { const t = performance.now(); out = renderICal(d); times.push(performance.now() - t); }
times.sort((a, b) => a - b);
console.log(times.map(x=>x.toFixed(1)).join(" "), "median", times[7], out.length);
