/**
 * Writes the seed's images to `public/images/` (run after changing seed data:
 * `npx tsx prisma/seed/generate-images.ts`). The files are checked in; prisma/seed.test.ts fails
 * when they no longer match what the data renders.
 */
import fs from "node:fs";
import path from "node:path";
import { renderImages } from "./images";

const publicDir = path.resolve(import.meta.dirname, "../../public");
let written = 0;
for (const [url, content] of renderImages()) {
  const file = path.join(publicDir, url);
  if (fs.existsSync(file) && fs.readFileSync(file, "utf8") === content) continue;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  written += 1;
}
console.log(`Seed images: ${written} written, the rest unchanged.`);
