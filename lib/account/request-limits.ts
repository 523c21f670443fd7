import { createHash } from "node:crypto";
import { RateLimiterRes, type RateLimiterPostgres } from "rate-limiter-flexible";
import { rateLimiter } from "../db/rate-limiter";
import { AppError } from "../errors";

/**
 * Limits on requests that send mail to an address (a password-reset link, a new confirmation
 * link), counted in PostgreSQL like the sign-in limits (lib/auth/login-limits.ts), so every
 * instance shares them. Open Event Server's limits for reset requests, applied to both:
 *
 * - 1 request a minute from one client address (lib/auth/client-ip.ts), whatever the address
 *   asked for: one machine cannot mail many inboxes;
 * - 3 requests an hour for one e-mail address, from anywhere: nobody can flood one inbox.
 *
 * Every well-formed request counts, for a registered address or not, so the limits say nothing
 * about which addresses have accounts. The windows are fixed: refused requests do not extend
 * them, so waiting is always enough.
 */
export const MAIL_REQUEST_LIMITS = {
  perClient: { points: 1, duration: 60 },
  perEmail: { points: 3, duration: 60 * 60 },
} as const;

export type MailRequestKind = "password-reset" | "email-confirmation";

/** A 429 that also says when to come back, so handlers can send `Retry-After`. */
export class MailRequestLimitError extends AppError {
  readonly retryAfterSeconds: number;

  constructor(retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super("TOO_MANY_REQUESTS", `Too many requests of this kind. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

const limiters = new Map<string, RateLimiterPostgres>();
function limiter(kind: MailRequestKind, scope: keyof typeof MAIL_REQUEST_LIMITS): RateLimiterPostgres {
  const keyPrefix = `${kind}-${scope}`;
  let found = limiters.get(keyPrefix);
  if (!found) limiters.set(keyPrefix, (found = rateLimiter({ keyPrefix, ...MAIL_REQUEST_LIMITS[scope] })));
  return found;
}

// Hashed: the table need not hold readable addresses, and an address can outgrow the key column.
const emailKey = (email: string) => createHash("sha256").update(email.trim().toLowerCase()).digest("hex");

/** Takes a point, or answers the seconds until one is free. */
async function take(from: RateLimiterPostgres, key: string): Promise<number | null> {
  try {
    await from.consume(key);
    return null;
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
    throw refusal;
  }
}

/** Counts a request of `kind` for `email` from `ip`; over a limit, throws MailRequestLimitError. */
export async function limitMailRequest(kind: MailRequestKind, { email, ip }: { email: string; ip: string }): Promise<void> {
  const byClient = await take(limiter(kind, "perClient"), ip);
  if (byClient !== null) throw new MailRequestLimitError(byClient);
  const byEmail = await take(limiter(kind, "perEmail"), emailKey(email));
  if (byEmail !== null) throw new MailRequestLimitError(byEmail);
}
