import ICAL from "ical.js";
import { renderICal } from "./lib/export/render-ical";
import { icalToXCal } from "./lib/export/render-xcal";
import { largeExportData } from "./lib/export/__fixtures__/large-export-data";
const d = largeExportData();
const ics = renderICal(d);
for (let k=0;k<3;k++){
let t = performance.now(); ICAL.parse(ics); console.log("parse", performance.now() - t);
t = performance.now(); icalToXCal(ics); console.log("toxcal", performance.now() - t);}
