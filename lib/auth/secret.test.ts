import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { SignJWT } from "jose";
import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "../db";
import { loadOrCreateSecretFile, SECRET_FILE_NAME } from "./secret";

/** The string that signed tokens when no AUTH_SECRET was set, before the secret file existed. */
const OLD_DEVELOPMENT_SECRET = "open-event-development-secret-not-for-production";

const temporaryDirs: string[] = [];
const dataDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oe-secret-"));
  temporaryDirs.push(dir);
  return path.join(dir, "data");
};

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
  for (const dir of temporaryDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * A fresh load of the app's modules in the environment that `npm start` gives Next.js on the
 * embedded database (scripts/run.ts): NODE_ENV=production, no AUTH_SECRET, OPEN_EVENT_LOCAL=1.
 */
async function productionStart(dir: string, overrides: Record<string, string | undefined> = {}) {
  vi.resetModules();
  vi.stubEnv("NODE_ENV", "production");
  vi.stubEnv("AUTH_SECRET", undefined);
  vi.stubEnv("OPEN_EVENT_LOCAL", "1");
  vi.stubEnv("OPEN_EVENT_DATA_DIR", dir);
  for (const [name, value] of Object.entries(overrides)) vi.stubEnv(name, value);
  const [{ authSecret }, { signApiToken }, { getActor }, me] = await Promise.all([
    import("../env"),
    import("./api-token"),
    import("./get-actor"),
    import("@/app/v1/users/me/route"),
  ]);
  return { authSecret, signApiToken, getActor, getMe: me.GET };
}

const signWith = (secret: string, userId: number) =>
  new SignJWT({})
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(String(userId))
    .setIssuer("open-event")
    .setAudience("open-event-api")
    .setIssuedAt()
    .setExpirationTime("1h")
    .sign(new TextEncoder().encode(secret));

const meRequest = (headers: Record<string, string>) => new Request("http://localhost/v1/users/me", { headers });
const noParams = { params: Promise.resolve({}) };

describe("a production start without AUTH_SECRET", () => {
  it("refuses tokens and session cookies signed with the old development string", async () => {
    const admin = await db.user.create({ data: { email: "root@example.org", passwordHash: "x", isAdmin: true } });
    const app = await productionStart(dataDir());

    const forged = await app.getMe(meRequest({ authorization: `JWT ${await signWith(OLD_DEVELOPMENT_SECRET, admin.id)}` }), noParams);
    expect(forged.status).toBe(401);
    expect(await forged.json()).toEqual({
      errors: [{ status: "401", code: "UNAUTHORIZED", title: "Unauthorized", detail: "Authentication required" }],
      jsonapi: { version: "1.1" },
    });
    const cookie = await encode({ token: { sub: String(admin.id) }, secret: OLD_DEVELOPMENT_SECRET, salt: "authjs.session-token" });
    expect(await app.getActor(meRequest({ cookie: `authjs.session-token=${cookie}` }))).toBeNull();

    // What the app signs itself is accepted.
    const own = await app.getMe(meRequest({ authorization: `JWT ${await app.signApiToken(admin)}` }), noParams);
    expect(own.status).toBe(200);
    expect(((await own.json()) as { data: { id: string } }).data.id).toBe(String(admin.id));
    expect(app.authSecret()).not.toBe(OLD_DEVELOPMENT_SECRET);
  });

  it("makes a random secret in the data folder, readable by the owner only, and reuses it on the next start", async () => {
    const user = await db.user.create({ data: { email: "keep@example.org", passwordHash: "x" } });
    const dir = dataDir();
    const first = await productionStart(dir);
    const secret = first.authSecret();
    const file = path.join(dir, SECRET_FILE_NAME);
    expect(fs.readFileSync(file, "utf8")).toBe(`${secret}\n`);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const token = await first.signApiToken(user);

    const second = await productionStart(dir);
    expect(second.authSecret()).toBe(secret);
    expect((await second.getActor(meRequest({ authorization: `Bearer ${token}` })))?.id).toBe(user.id);

    // Another installation (another data folder) has its own secret and refuses the token.
    const other = await productionStart(dataDir());
    expect(other.authSecret()).not.toBe(secret);
    expect(await other.getActor(meRequest({ authorization: `Bearer ${token}` }))).toBeNull();
  });

  it("is refused on an external database, where every instance must share AUTH_SECRET", async () => {
    const app = await productionStart(dataDir(), { OPEN_EVENT_LOCAL: undefined });
    expect(() => app.authSecret()).toThrow("AUTH_SECRET must be set in production when DATABASE_URL is set");
  });

  it("uses AUTH_SECRET when it is set, without touching the data folder", async () => {
    const dir = dataDir();
    const app = await productionStart(dir, { AUTH_SECRET: "configured-secret-configured-secret" });
    expect(app.authSecret()).toBe("configured-secret-configured-secret");
    expect(fs.existsSync(dir)).toBe(false);
  });
});

describe("loadOrCreateSecretFile", () => {
  it("answers the same secret to every caller and says who made it", () => {
    const dir = dataDir();
    const made = loadOrCreateSecretFile(dir);
    const read = loadOrCreateSecretFile(dir);
    expect([made.created, read.created, read.secret, read.file]).toEqual([true, false, made.secret, path.join(dir, SECRET_FILE_NAME)]);
    expect(fs.readdirSync(dir)).toEqual([SECRET_FILE_NAME]);
  });

  it("refuses a file that holds no usable secret instead of signing with it", () => {
    const dir = dataDir();
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, SECRET_FILE_NAME), "short\n");
    expect(() => loadOrCreateSecretFile(dir)).toThrow(/does not hold a usable secret/);
  });
});
