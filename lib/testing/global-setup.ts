import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import exitHook from "async-exit-hook";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, withDatabase, type EmbeddedServer } from "../db/embedded-postgres";
import { applyMigrations, ensureDatabase } from "../db/migrate";
import pg from "pg";

export const TEMPLATE_DATABASE = "open_event_test_template";

let server: EmbeddedServer | undefined;

/**
 * Starts one real PostgreSQL for the whole run (or uses DATABASE_URL's server) and builds a
 * migrated template database; each test file then gets its own copy (see setup-db.ts).
 */
export async function setup(project: TestProject) {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    server = await startTestServer();
    adminUrl = server.adminUrl;
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${TEMPLATE_DATABASE}" WITH (FORCE)`);
  await admin.end();
  await ensureDatabase(adminUrl, TEMPLATE_DATABASE);
  await applyMigrations(withDatabase(adminUrl, TEMPLATE_DATABASE));
  project.provide("adminDatabaseUrl", adminUrl);
}

/**
 * A throw-away PostgreSQL for this run. Another run on the same machine may take the preferred
 * port between the check for a free port and the start; the next attempt takes any free port.
 */
async function startTestServer(): Promise<EmbeddedServer> {
  let lastError: unknown;
  for (const port of [54339, 0, 0]) {
    try {
      return await startEmbeddedPostgres({ dir: fs.mkdtempSync(path.join(os.tmpdir(), "open-event-test-")), port, persistent: false, quiet: true });
    } catch (error) {
      lastError = error;
    }
  }
  throw new Error(`The embedded PostgreSQL for the tests did not start: ${lastError instanceof Error ? lastError.message : String(lastError)}`);
}

export async function teardown() {
  await server?.stop();
  // embedded-postgres registers async-exit-hook, whose `beforeExit` handler ends the process
  // with process.exit(0): that would replace the exit code vitest sets for failed tests and a
  // red run would pass CI. The server is stopped above, so its exit hooks have nothing to do.
  exitHook.unhookEvent("beforeExit");
  exitHook.unhookEvent("exit");
}

declare module "vitest" {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
  }
}
