import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/**
 * Runs Prisma's schema differ offline. Prisma 7's migrate commands download a native engine,
 * which these machines cannot fetch; the Prisma 6.19 CLI (package alias `prisma6`) runs its
 * WASM engine with `engine: "js"`. `migrate diff` between two datamodels needs no database.
 */
const root = process.cwd();
const work = path.join(root, ".data", "prisma6");

function prismaSixSchema(source: string, target: string) {
  // Prisma 6 requires `url` in the datasource, which Prisma 7 forbids; the generator is not needed.
  const text = fs
    .readFileSync(source, "utf8")
    .replace(/generator client \{[^}]*\}/, "")
    .replace(/datasource db \{/, 'datasource db {\n  url = env("DATABASE_URL")');
  fs.writeFileSync(target, text);
}

export function diffDatamodels(from: string | null, to: string): string {
  fs.mkdirSync(work, { recursive: true });
  const toCopy = path.join(work, "to.prisma");
  prismaSixSchema(to, toCopy);
  const args = ["node_modules/prisma6/build/index.js", "migrate", "diff", "--to-schema-datamodel", toCopy, "--script"];
  if (from) {
    const fromCopy = path.join(work, "from.prisma");
    prismaSixSchema(from, fromCopy);
    args.push("--from-schema-datamodel", fromCopy);
  } else {
    args.push("--from-empty");
  }
  fs.writeFileSync(
    path.join(work, "prisma.config.mjs"),
    [
      'import { PrismaPg } from "adapter-pg6";',
      'export default { engine: "js", experimental: { adapter: true },',
      '  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL }) };',
      "",
    ].join("\n"),
  );
  return execFileSync(process.execPath, [...args, "--config", path.join(work, "prisma.config.mjs")], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://localhost/unused",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      // Only the WASM differ runs; point the native engine lookups at an existing file so the
      // CLI does not try to download them.
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
      PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY ?? process.execPath,
    },
  });
}
