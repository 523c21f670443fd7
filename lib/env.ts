import ipaddr from "ipaddr.js";
import { z } from "zod";
import { defaultAppUrl } from "./app-url";
import { resolveAuthSecret } from "./auth/secret";

/**
 * Every environment variable the app reads, parsed once. Unset service variables select the
 * embedded default (see README "Configuration").
 */
/** An address range: `[network, prefix length]` (a single address is a /32 or /128). */
export type AddressRange = [ipaddr.IPv4 | ipaddr.IPv6, number];

/** `TRUSTED_PROXIES`: addresses and CIDR ranges separated by commas or spaces. */
const addressRanges = z.string().transform((value, context): AddressRange[] => {
  const ranges: AddressRange[] = [];
  for (const item of value.split(/[\s,]+/).filter(Boolean)) {
    if (ipaddr.isValidCIDR(item)) {
      const [address, prefix] = ipaddr.parseCIDR(item);
      ranges.push([address, prefix]);
    } else if (ipaddr.isValid(item)) {
      const address = ipaddr.process(item);
      ranges.push([address, address.kind() === "ipv4" ? 32 : 128]);
    } else {
      context.addIssue({ code: "custom", message: `"${item}" is not an IP address or CIDR range` });
    }
  }
  return ranges;
});

/**
 * `CORS_ORIGINS`: origins (`https://app.example.org`) separated by commas or spaces, compared
 * exactly with the browser's `Origin` header. A wildcard, a path or `null` is refused rather than
 * half-understood: the list names the operator's own frontends, nothing broader.
 */
const origins = z.string().transform((value, context): string[] => {
  const list: string[] = [];
  for (const item of value.split(/[\s,]+/).filter(Boolean)) {
    const url = !item.includes("*") && URL.canParse(item) ? new URL(item) : null;
    const bare = url && /^https?:$/.test(url.protocol) && url.pathname === "/" && !url.search && !url.hash && !url.username && !url.password;
    if (!url || !bare) {
      context.addIssue({ code: "custom", message: `"${item}" is not an origin like https://app.example.org (scheme, host and port only)` });
    } else if (!list.includes(url.origin)) {
      list.push(url.origin);
    }
  }
  return list;
});

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().min(1).optional(),
  // Connections the server's pool opens to PostgreSQL at most (a worker thread's pool: 3).
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  /** Secret for session cookies and API tokens; unset, the data folder's own random one (see authSecret). */
  AUTH_SECRET: z.string().min(16).optional(),
  /** The data folder: embedded PostgreSQL (`pg/`) and the generated signing secret (`auth-secret`). */
  OPEN_EVENT_DATA_DIR: z.string().default(""),
  /** Set to "1" by `npm start` when the app runs on its embedded database (scripts/run.ts). */
  OPEN_EVENT_LOCAL: z.enum(["0", "1"]).optional(),
  /** Unset: this server's own address (scripts/run.ts sets it from Next's -p/-H; else PORT). */
  APP_URL: z.string().url().default(() => defaultAppUrl(process.env)),
  /**
   * Reverse proxies whose `X-Forwarded-For` entries are believed (lib/auth/client-ip.ts). Unset,
   * none: the client is the peer that connected, whatever the request says.
   */
  TRUSTED_PROXIES: addressRanges.default([]),
  API_TOKEN_TTL_SECONDS: z.coerce.number().int().positive().default(60 * 60 * 24),
  /** Lifetime of the signed export download links in task results (lib/export-jobs/download-link.ts). */
  EXPORT_LINK_TTL_SECONDS: z.coerce.number().int().positive().default(60 * 60 * 24),
  /** Other sites' origins whose pages may call `/v1` and `/auth` (lib/security/cors.ts); none when unset. */
  CORS_ORIGINS: origins.default([]),
  INNGEST_EVENT_KEY: z.string().min(1).optional(),
  INNGEST_SIGNING_KEY: z.string().min(1).optional(),
  INNGEST_BASE_URL: z.string().url().optional(),
  JOB_CONCURRENCY: z.coerce.number().int().positive().default(4),
  /**
   * Old-generation heap (MB) of the worker thread each export loads and renders in
   * (lib/export-jobs/render-in-worker.ts); an export that needs more fails with a message.
   */
  EXPORT_WORKER_HEAP_MB: z.coerce.number().int().min(16).default(192),
  /** Set to "0" to keep this process from running background jobs (e.g. a web-only instance). */
  JOB_RUNNER: z.enum(["0", "1"]).default("1"),
  RESEND_API_KEY: z.string().min(1).optional(),
  RESEND_BASE_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default("Open Event <no-reply@open-event.local>"),
  UPLOADTHING_TOKEN: z.string().min(1).optional(),
  UPLOAD_DIR: z.string().default(".data/uploads"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
});

export type Env = z.infer<typeof schema>;

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Invalid environment: ${issues}`);
  }
  return parsed.data;
}

let cached: Env | undefined;

/** Parsed lazily so that test setup can set DATABASE_URL before the first read. */
export function env(): Env {
  cached ??= load();
  return cached;
}

let secret: string | undefined;

/**
 * The key of session cookies and API tokens: AUTH_SECRET, else a random secret made on the first
 * start and kept in the data folder (lib/auth/secret.ts). `OPEN_EVENT_LOCAL=1` is set by
 * `npm start` when it runs on the embedded database, the one production case without AUTH_SECRET.
 */
export function authSecret(): string {
  const { AUTH_SECRET, NODE_ENV, OPEN_EVENT_DATA_DIR, OPEN_EVENT_LOCAL } = env();
  if (secret === undefined) {
    const resolved = resolveAuthSecret({
      configured: AUTH_SECRET,
      production: NODE_ENV === "production",
      embeddedDatabase: OPEN_EVENT_LOCAL === "1",
      dataDir: OPEN_EVENT_DATA_DIR || ".data",
    });
    // `npm run dev`/`npm start` make the file before Next.js starts and say so; this is for other ways in.
    if (resolved.source === "file" && resolved.created) console.info(`Made a new random secret for sessions and API tokens in ${resolved.file}.`);
    secret = resolved.secret;
  }
  return secret;
}

export function inngestEnabled(): boolean {
  const e = env();
  return Boolean(e.INNGEST_EVENT_KEY || e.INNGEST_BASE_URL);
}
