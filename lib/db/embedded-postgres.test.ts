import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, test, vi } from "vitest";
import { postgresFlags, startEmbeddedPostgres, type EmbeddedServer } from "./embedded-postgres";

const DURABILITY = ["fsync", "synchronous_commit", "full_page_writes"] as const;

async function durability(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const settings: Record<string, string> = {};
    for (const name of DURABILITY) {
      const { rows } = await client.query<Record<string, string>>(`SHOW ${name}`);
      settings[name] = rows[0]![name]!;
    }
    return settings;
  } finally {
    await client.end();
  }
}

const servers: EmbeddedServer[] = [];
const dirs: string[] = [];

/** A parent directory PostgreSQL's own user can enter when the tests run as root. */
function scratchDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oe-pg-durability-"));
  fs.chmodSync(dir, 0o755);
  dirs.push(dir);
  return dir;
}

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop().catch(() => {})));
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe("postgresFlags", () => {
  test("a persistent server keeps every write durable", () => {
    expect(postgresFlags(true)).toEqual([
      "-c", "listen_addresses=127.0.0.1",
      "-c", "max_connections=200",
      "-c", "fsync=on",
      "-c", "synchronous_commit=on",
      "-c", "full_page_writes=on",
    ]);
  });

  test("a throw-away server skips the flushes", () => {
    expect(postgresFlags(false)).toEqual([
      "-c", "listen_addresses=127.0.0.1",
      "-c", "max_connections=200",
      "-c", "fsync=off",
      "-c", "synchronous_commit=off",
      "-c", "full_page_writes=off",
    ]);
  });
});

describe("the running server", () => {
  test("the database of `npm run dev`/`npm start` (prepareDatabase) runs with fsync, synchronous commits and full-page writes", { timeout: 120_000 }, async () => {
    // prepareDatabase starts the embedded server only without DATABASE_URL, under OPEN_EVENT_DATA_DIR.
    const saved = process.env.DATABASE_URL;
    vi.stubEnv("OPEN_EVENT_DATA_DIR", scratchDir());
    delete process.env.DATABASE_URL;
    try {
      vi.resetModules();
      const { prepareDatabase } = await import("./bootstrap");
      const { url, server } = await prepareDatabase({ quiet: true });
      if (server) servers.push(server);
      expect(server).toBeDefined();
      expect(await durability(url)).toEqual({ fsync: "on", synchronous_commit: "on", full_page_writes: "on" });
    } finally {
      process.env.DATABASE_URL = saved;
      vi.unstubAllEnvs();
    }
  });

  test("a throw-away server (tests, e2e) runs without them", { timeout: 60_000 }, async () => {
    const server = await startEmbeddedPostgres({ dir: path.join(scratchDir(), "pg"), port: 0, persistent: false, quiet: true });
    servers.push(server);
    expect(await durability(server.adminUrl)).toEqual({ fsync: "off", synchronous_commit: "off", full_page_writes: "off" });
  });
});
