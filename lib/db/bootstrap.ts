import path from "node:path";
import { startEmbeddedPostgres, withDatabase, type EmbeddedServer } from "./embedded-postgres";
import { applyMigrations, ensureDatabase } from "./migrate";

/** Where the embedded database keeps its files: `.data/` unless OPEN_EVENT_DATA_DIR says otherwise. */
export const DATA_DIR = path.resolve(process.cwd(), process.env.OPEN_EVENT_DATA_DIR || ".data");
export const APP_DATABASE = "open_event";

/**
 * Makes DATABASE_URL point at a migrated database. Without DATABASE_URL a real PostgreSQL is
 * started from the embedded-postgres package with its data under `.data/pg`.
 */
export async function prepareDatabase(options: { quiet?: boolean } = {}): Promise<{
  url: string;
  server?: EmbeddedServer;
  applied: string[];
}> {
  let server: EmbeddedServer | undefined;
  let url = process.env.DATABASE_URL;
  if (!url) {
    server = await startEmbeddedPostgres({
      dir: path.join(DATA_DIR, "pg"),
      port: Number(process.env.OPEN_EVENT_PG_PORT) || 54329,
      quiet: options.quiet,
    });
    await ensureDatabase(server.adminUrl, APP_DATABASE);
    url = withDatabase(server.adminUrl, APP_DATABASE);
    process.env.DATABASE_URL = url;
  }
  const applied = await applyMigrations(url);
  return { url, server, applied };
}
