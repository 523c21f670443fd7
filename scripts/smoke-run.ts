/**
 * Checks the README's run command the way a newcomer uses it: `npm run dev` on a machine with no
 * database, in a fresh data folder. It must start PostgreSQL, migrate, seed, and serve the app
 * on http://localhost:3000, where the published demo event is listed by `GET /v1/events`
 * without a token and the seeded organizer can sign in through the API. Used by
 * scripts/test-all.sh; exits non-zero on any failure. Stops what it started in every case.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const PORT = Number(process.env.SMOKE_PORT ?? 3000);
const BASE = `http://localhost:${PORT}`;
const DEADLINE_MS = 240_000;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "open-event-smoke-"));
fs.chmodSync(dataDir, 0o755);

// The newcomer's machine has no database configured: the embedded one must start.
const { DATABASE_URL: _ignored, ...inherited } = process.env;
const child = spawn("npm", ["run", "dev"], {
  detached: true,
  stdio: ["ignore", "pipe", "pipe"],
  env: {
    ...inherited,
    PORT: String(PORT),
    OPEN_EVENT_DATA_DIR: dataDir,
    OPEN_EVENT_PG_PORT: "54349",
    UPLOAD_DIR: path.join(dataDir, "uploads"),
    NEXT_TELEMETRY_DISABLED: "1",
  },
});
let output = "";
child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));

async function stop() {
  if (child.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
    await new Promise((resolve) => setTimeout(resolve, 3000));
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // stopped cleanly
    }
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
}

async function waitForHealth() {
  const until = Date.now() + DEADLINE_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm run dev exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${BASE}/api/health`);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > until) throw new Error(`no answer on ${BASE} within ${DEADLINE_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

async function main() {
  const started = Date.now();
  await waitForHealth();
  const events = await fetch(`${BASE}/v1/events`);
  check(events.status === 200, `GET /v1/events answered ${events.status}`);
  const list = (await events.json()) as { data: { attributes: { identifier: string; name: string } }[] };
  const demo = list.data.find((event) => event.attributes.identifier === "ots2027");
  check(demo, "GET /v1/events does not list the demo event");
  const login = await fetch(`${BASE}/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "organizer@example.com", password: "open-event-dev" }),
  });
  check(login.status === 200, `POST /v1/auth/login answered ${login.status}`);
  const { access_token: token } = (await login.json()) as { access_token?: string };
  check(token, "no access_token");
  const me = await fetch(`${BASE}/v1/users/me`, { headers: { authorization: `JWT ${token}` } });
  check(me.status === 200, `GET /v1/users/me answered ${me.status}`);
  const page = await fetch(`${BASE}/e/ots2027`);
  check(page.status === 200 && (await page.text()).includes(demo.attributes.name), "the public event page does not show the demo event");
  console.log(`npm run dev: served ${BASE} with the demo event "${demo.attributes.name}" after ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main()
  .then(stop)
  .catch(async (error: unknown) => {
    console.error(`run command smoke test failed: ${(error as Error).message}\n--- npm run dev output ---\n${output.slice(-4000)}`);
    await stop();
    process.exit(1);
  });
