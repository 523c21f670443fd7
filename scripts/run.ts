/**
 * `npm run dev` / `npm start`: prepares the database (embedded PostgreSQL unless DATABASE_URL is
 * set), applies migrations, seeds an empty database with demo data, then runs Next.js.
 */
import { spawn } from "node:child_process";
import { localAppUrl, nextListenAddress } from "../lib/app-url";
import { resolveAuthSecret } from "../lib/auth/secret";
import { DATA_DIR, prepareDatabase } from "../lib/db/bootstrap";
import { withServerMallocEnv } from "../lib/server/malloc-env";

const mode = process.argv[2] === "start" ? "start" : "dev";
const extra = process.argv.slice(3);

async function main() {
  // Resolved before anything starts, so that the log says what signs sessions and API tokens,
  // and a start that could not sign anything fails now rather than at the first sign-in. The
  // Next.js process reads the same file (lib/env.ts authSecret).
  const signing = resolveAuthSecret({
    configured: process.env.AUTH_SECRET,
    production: mode === "start",
    embeddedDatabase: !process.env.DATABASE_URL,
    dataDir: DATA_DIR,
  });
  if (signing.source === "file") {
    console.log(
      `${signing.created ? "Made a new random" : "Using the"} secret for sessions and API tokens in ${signing.file}; set AUTH_SECRET to use your own.`,
    );
  }
  const { url, server, applied } = await prepareDatabase();
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
  const { seedIfEmpty } = await import("../prisma/seed");
  if (await seedIfEmpty()) console.log("Seeded the empty database with demo data.");
  const { disconnectDb } = await import("../lib/db");
  await disconnectDb();

  // Telemetry would only try to reach the network; these machines may have none.
  const env: NodeJS.ProcessEnv = withServerMallocEnv({ NEXT_TELEMETRY_DISABLED: "1", ...process.env, DATABASE_URL: url });
  if (mode === "start" && !process.env.AUTH_SECRET && server) env.OPEN_EVENT_LOCAL = "1";
  // Links in mails and pages use APP_URL; unset, it is the address Next is about to listen on.
  // The port goes to Next explicitly too: `next dev` would otherwise move to a free port when
  // this one is taken, and every link would point at the wrong server.
  const address = nextListenAddress(extra, process.env);
  env.PORT = String(address.port);
  env.APP_URL ||= localAppUrl(address);
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", mode, ...extra], {
    stdio: "inherit",
    env,
  });
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    child.kill("SIGTERM");
    await server?.stop().catch(() => {});
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  child.on("exit", (code) => void stop(code ?? 0));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
