import { scheduledSessions } from "./lib/export/schedule";
import { htmlToPlainText } from "./lib/export/plain-text";
import { renderICal } from "./lib/export/render-ical";
import { MemoIanaZone } from "./lib/export/timezone";
import { largeExportData } from "./lib/export/__fixtures__/large-export-data";
const d = largeExportData();
function med(name: string, f: () => unknown) { const t: number[] = []; const c: number[] = []; for (let i = 0; i < 21; i++) { const s = performance.now(); const cu = process.cpuUsage(); f(); const e = process.cpuUsage(cu); t.push(performance.now() - s); c.push((e.user + e.system) / 1000); } t.sort((a,b)=>a-b); c.sort((a,b)=>a-b); console.log(name, "wall", t[10]!.toFixed(1), "cpu", c[10]!.toFixed(1), "min wall", t[0]!.toFixed(1)); }
med("scheduled", () => scheduledSessions(d, new MemoIanaZone("Europe/Berlin")));
med("plaintext", () => d.sessions.map((s) => htmlToPlainText(s.shortAbstract)));
med("full", () => renderICal(d));
