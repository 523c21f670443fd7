import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * The signing secret of an installation that has no AUTH_SECRET: 32 random bytes made on the
 * first start and kept in the data folder (`<dir>/auth-secret`, mode 0600), so sessions and
 * API tokens survive restarts and no secret that anyone can read in the source signs them.
 */
export const SECRET_FILE_NAME = "auth-secret";
const MIN_LENGTH = 32;

export interface StoredSecret {
  secret: string;
  file: string;
  /** True when this call made the file. */
  created: boolean;
}

/**
 * Reads the secret file in `dir`, creating it when it is missing. Two processes starting at
 * once end up with the same secret: the file is written under a private name and linked into
 * place, which fails for the second one, which then reads the first one's file.
 */
export function loadOrCreateSecretFile(dir: string): StoredSecret {
  const file = path.resolve(dir, SECRET_FILE_NAME);
  const existing = readSecret(file);
  if (existing !== null) return { secret: existing, file, created: false };

  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  fs.writeFileSync(temporary, `${secret}\n`, { mode: 0o600, flag: "wx" });
  try {
    fs.linkSync(temporary, file);
    return { secret, file, created: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const winner = readSecret(file);
    if (winner === null) throw error;
    return { secret: winner, file, created: false };
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

function readSecret(file: string): string | null {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  const secret = text.trim();
  if (secret.length < MIN_LENGTH) {
    throw new Error(`${file} does not hold a usable secret (at least ${MIN_LENGTH} characters); delete it to have a new one made, or set AUTH_SECRET`);
  }
  return secret;
}

export interface AuthSecretOptions {
  /** AUTH_SECRET, when set. */
  configured: string | undefined;
  production: boolean;
  /** True when this installation runs on its embedded database (a single node). */
  embeddedDatabase: boolean;
  dataDir: string;
}

export type ResolvedAuthSecret = { secret: string; source: "AUTH_SECRET" } | ({ source: "file" } & StoredSecret);

/**
 * AUTH_SECRET when set, else the data folder's secret file. A production instance on an
 * external database must be given AUTH_SECRET: such instances usually run side by side and
 * would each make their own file, so a token from one would be refused by the next.
 */
export function resolveAuthSecret(options: AuthSecretOptions): ResolvedAuthSecret {
  if (options.configured) return { secret: options.configured, source: "AUTH_SECRET" };
  if (options.production && !options.embeddedDatabase) {
    throw new Error("AUTH_SECRET must be set in production when DATABASE_URL is set (every instance must sign with the same secret)");
  }
  return { source: "file", ...loadOrCreateSecretFile(options.dataDir) };
}
