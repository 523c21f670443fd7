import fs from "node:fs";
import path from "node:path";
import JSZip from "jszip";

/** Zips a folder in memory, entries relative to it (tests, bench and e2e upload the legacy sample folders). */
export async function zipFolder(dir: string, options: { prefix?: string } = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else zip.file((options.prefix ?? "") + path.relative(dir, full).split(path.sep).join("/"), fs.readFileSync(full));
    }
  };
  walk(dir);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
