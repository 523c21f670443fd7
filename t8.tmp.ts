import ical from "ical-generator";
import { DateTime } from "luxon";
import { renderICal } from "./lib/export/render-ical";
import { largeExportData } from "./lib/export/__fixtures__/large-export-data";
const d = largeExportData();
function med(name: string, f: () => unknown) { const t: number[] = []; for (let i = 0; i < 15; i++) { const s = performance.now(); f(); t.push(performance.now() - s); } t.sort((a,b)=>a-b); console.log(name, t[7]!.toFixed(1)); }
const mk = (useLuxon: boolean, tz: boolean, desc: string) => () => ical({ events: d.sessions.map((s) => ({ id: String(s.id), start: useLuxon ? DateTime.fromJSDate(s.startsAt!, {zone: "Europe/Berlin"}) : s.startsAt!, end: useLuxon ? DateTime.fromJSDate(s.startsAt!, {zone: "Europe/Berlin"}).plus({minutes: 30}) : new Date(s.startsAt!.getTime()+1800000), timezone: tz ? "Europe/Berlin" : null, summary: s.title, description: desc, stamp: new Date(0) })) }).toString();
med("dates ascii short", mk(false, false, "x"));
med("dates ascii 200", mk(false, false, "x".repeat(200)));
med("dates nonascii 200", mk(false, false, "ü".repeat(200)));
med("luxon tz", mk(true, true, "x"));
med("full", () => renderICal(d));
