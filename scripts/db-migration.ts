/**
 * `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
 * with the SQL that turns the schema of the newest migration (snapshot in
 * prisma/schema.migrated.prisma) into prisma/schema.prisma. Works offline; on a machine with
 * Prisma's engines, `npx prisma migrate dev --name <name>` does the same job.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { diffDatamodels } from "../lib/db/prisma-cli";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]+/gi, "_").toLowerCase();
if (!name) {
  console.error("usage: npm run db:migration -- <name>");
  process.exit(2);
}
const snapshot = "prisma/schema.migrated.prisma";
const server = process.env.DATABASE_URL
  ? undefined
  : await startEmbeddedPostgres({ dir: fs.mkdtempSync(path.join(os.tmpdir(), "oe-diff-")), persistent: false, quiet: true });
if (server) process.env.DATABASE_URL = server.adminUrl;
try {
  const sql = diffDatamodels(fs.existsSync(snapshot) ? snapshot : null, "prisma/schema.prisma");
  if (/^-- This is an empty migration/.test(sql.trim())) {
    console.log("schema.prisma matches the migrations; nothing to write.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join("prisma/migrations", `${stamp}_${name}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "migration.sql"), sql);
    const header = [
      "// Snapshot of schema.prisma as of the newest migration, written by `npm run db:migration`.",
      "// The offline differ compares schema.prisma with it to write the next migration. Do not edit.",
    ].join("\n");
    fs.writeFileSync(snapshot, `${header}\n${fs.readFileSync("prisma/schema.prisma", "utf8")}`);
    console.log(`Wrote ${dir}/migration.sql`);
  }
} finally {
  await server?.stop();
}
