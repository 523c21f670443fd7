/**
 * Playwright's web server: the PRODUCTION build (`next start`) against its own throw-away
 * PostgreSQL, so end-to-end runs never touch `.data/pg` or a developer's database and always
 * start from the seeded demo data. Run after `next build`.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres, withDatabase } from "../lib/db/embedded-postgres";
import { applyMigrations, ensureDatabase } from "../lib/db/migrate";
import { withServerMallocEnv } from "../lib/server/malloc-env";

const port = Number(process.env.E2E_PORT ?? 3200);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "open-event-e2e-"));
// mkdtemp makes the directory private; as root, PostgreSQL runs as its own `postgres` user and
// must be able to reach the data directory inside it.
fs.chmodSync(dataDir, 0o755);

// Each e2e server takes its own PostgreSQL port beside its HTTP port, so two runs on one machine
// (different E2E_PORTs) do not collide.
const server = await startEmbeddedPostgres({ dir: path.join(dataDir, "pg"), port: 54369 + (port - 3200), persistent: false, quiet: true });
const url = withDatabase(server.adminUrl, "open_event_e2e");
await ensureDatabase(server.adminUrl, "open_event_e2e");
await applyMigrations(url);
process.env.DATABASE_URL = url;
// Tests that read what the app wrote (the mail outbox) find this run's database here
// (e2e/team/outbox.ts reads the same path).
const DATABASE_URL_FILE = path.join(os.tmpdir(), `open-event-e2e-${port}.database-url`);
fs.writeFileSync(DATABASE_URL_FILE, url, { mode: 0o600 });
const { seedIfEmpty } = await import("../prisma/seed");
await seedIfEmpty();
const { disconnectDb } = await import("../lib/db");
await disconnectDb();

const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(port)], {
  stdio: "inherit",
  env: withServerMallocEnv({
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: url,
    APP_URL: `http://127.0.0.1:${port}`,
    AUTH_URL: `http://127.0.0.1:${port}`,
    AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e",
    UPLOAD_DIR: path.join(dataDir, "uploads"),
    // The embedded runner sends mail (into the outbox) in the background; invite and account
    // flows follow the mailed links.
    JOB_RUNNER: "1",
    // A frontend on another origin may call the API (e2e/api/cors.spec.ts plays it).
    CORS_ORIGINS: process.env.CORS_ORIGINS ?? "http://127.0.0.1:3999",
  }),
});

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  child.kill("SIGTERM");
  await server.stop().catch(() => {});
  fs.rmSync(DATABASE_URL_FILE, { force: true });
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
child.on("exit", (code) => void stop(code ?? 0));
