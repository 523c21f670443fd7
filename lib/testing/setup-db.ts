import { afterAll, inject } from "vitest";
import pg from "pg";
import { withDatabase } from "../db/embedded-postgres";
import { ensureDatabase } from "../db/migrate";
import { TEMPLATE_DATABASE } from "./global-setup";

/**
 * Each test file gets a fresh database cloned from the migrated template, so files are isolated
 * from each other and run in parallel.
 */
const adminUrl = inject("adminDatabaseUrl");
const name = `open_event_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
await ensureDatabase(adminUrl, name, TEMPLATE_DATABASE);
process.env.DATABASE_URL = withDatabase(adminUrl, name);

afterAll(async () => {
  const { disconnectDb } = await import("../db");
  await disconnectDb();
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
});
