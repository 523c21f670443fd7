/**
 * Writes the site icons that Next.js serves from `app/` (`/favicon.ico`, `/icon.svg`). Run after
 * changing the mark: `npx tsx scripts/icons/generate-icons.ts`. The files are checked in;
 * scripts/icons/render-icons.test.ts fails when they no longer match what is rendered here.
 */
import fs from "node:fs";
import path from "node:path";
import { ICON_SVG, renderFaviconIco } from "./render-icons";

const appDir = path.resolve(import.meta.dirname, "../../app");
fs.writeFileSync(path.join(appDir, "icon.svg"), ICON_SVG);
fs.writeFileSync(path.join(appDir, "favicon.ico"), await renderFaviconIco());
console.log("Wrote app/icon.svg and app/favicon.ico.");
