import { z } from "zod";
import { defaultAppUrl } from "./app-url";

/**
 * Every environment variable the app reads, parsed once. Unset service variables select the
 * embedded default (see README "Configuration").
 */
const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().min(1).optional(),
  /** Secret for session cookies and API tokens. Development gets a fixed one; production must set it. */
  AUTH_SECRET: z.string().min(16).optional(),
  /** Unset: this server's own address (scripts/run.ts sets it from Next's -p/-H; else PORT). */
  APP_URL: z.string().url().default(() => defaultAppUrl(process.env)),
  API_TOKEN_TTL_SECONDS: z.coerce.number().int().positive().default(60 * 60 * 24),
  INNGEST_EVENT_KEY: z.string().min(1).optional(),
  INNGEST_SIGNING_KEY: z.string().min(1).optional(),
  INNGEST_BASE_URL: z.string().url().optional(),
  JOB_CONCURRENCY: z.coerce.number().int().positive().default(4),
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

const DEV_SECRET = "open-event-development-secret-not-for-production";

export function authSecret(): string {
  const { AUTH_SECRET, NODE_ENV } = env();
  if (AUTH_SECRET) return AUTH_SECRET;
  if (NODE_ENV === "production" && process.env.OPEN_EVENT_LOCAL !== "1") {
    throw new Error("AUTH_SECRET must be set in production");
  }
  return DEV_SECRET;
}

export function inngestEnabled(): boolean {
  const e = env();
  return Boolean(e.INNGEST_EVENT_KEY || e.INNGEST_BASE_URL);
}
