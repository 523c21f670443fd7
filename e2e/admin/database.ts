import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

/**
 * Rows of the e2e server's database (e2e/server.ts writes its URL to this file), for counting
 * independently what the admin pages show. Test-only: the app's pages are the human way in.
 */
const port = Number(process.env.E2E_PORT ?? 3200);
const DATABASE_URL_FILE = path.join(os.tmpdir(), `open-event-e2e-${port}.database-url`);

export async function query<T extends Record<string, unknown>>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: fs.readFileSync(DATABASE_URL_FILE, "utf8").trim() });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}
