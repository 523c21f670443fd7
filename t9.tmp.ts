import ical from "ical-generator";
import { foldLines } from "./lib/export/fold";
import { renderICal } from "./lib/export/render-ical";
import { largeExportData } from "./lib/export/__fixtures__/large-export-data";
const d = largeExportData();
function med(name: string, f: () => unknown) { const t: number[] = []; const c: number[] = []; for (let i = 0; i < 21; i++) { const s = performance.now(); const cu = process.cpuUsage(); f(); const e = process.cpuUsage(cu); t.push(performance.now() - s); c.push((e.user + e.system) / 1000); } t.sort((a,b)=>a-b); c.sort((a,b)=>a-b); console.log(name, "wall", t[10]!.toFixed(1), "cpu", c[10]!.toFixed(1), "min wall", t[0]!.toFixed(1)); }
const text = renderICal(d);
const unfolded = text.replace(/\r\n /g, "");
med("fold only", () => foldLines(unfolded));
med("header only", () => ical({ name: "x", description: "y" }).toString());
med("full", () => renderICal(d));
