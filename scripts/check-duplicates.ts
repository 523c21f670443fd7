/**
 * `npm run check:duplicates`: copy-paste detection with jscpd (settings in .jscpd.json: TS and
 * TSX sources of app, components, lib, inngest, prisma, scripts and e2e, 6 lines at least,
 * without generated code and migrations). Fails when the number of clones rises above the
 * level committed in scripts/duplicates-level.json, so copies do not creep back in; the level
 * only goes down (the script says when it can).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

interface Fragment {
  name: string;
  start: number;
  end: number;
}

interface Report {
  statistics: { total: { clones: number; duplicatedLines: number; percentage: number } };
  duplicates: { firstFile: Fragment; secondFile: Fragment }[];
}

const root = path.resolve(import.meta.dirname, "..");
const { maxClones } = JSON.parse(readFileSync(path.join(root, "scripts/duplicates-level.json"), "utf8")) as { maxClones: number };
const output = mkdtempSync(path.join(os.tmpdir(), "jscpd-"));
try {
  const run = spawnSync(path.join(root, "node_modules/.bin/jscpd"), ["--reporters", "json", "--output", output, "--absolute", "--silent", "--no-tips"], {
    cwd: root,
    encoding: "utf8",
  });
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    throw new Error(`jscpd failed (exit ${run.status ?? run.signal})`);
  }
  const report = JSON.parse(readFileSync(path.join(output, "jscpd-report.json"), "utf8")) as Report;
  const { clones, duplicatedLines, percentage } = report.statistics.total;
  const summary = `${clones} clones, ${duplicatedLines} duplicated lines (${percentage.toFixed(2)}%); the level is ${maxClones}`;
  if (clones > maxClones) {
    const at = (fragment: Fragment) => `${path.relative(root, fragment.name)}:${fragment.start}-${fragment.end}`;
    for (const clone of report.duplicates) console.error(`  ${at(clone.firstFile)} ~ ${at(clone.secondFile)}`);
    console.error(`Copy-paste rose above its level: ${summary}. Fold the new copy into what it copies.`);
    process.exitCode = 1;
  } else {
    console.log(clones < maxClones ? `${summary}: lower it to ${clones} in scripts/duplicates-level.json.` : summary);
  }
} finally {
  rmSync(output, { recursive: true, force: true });
}
