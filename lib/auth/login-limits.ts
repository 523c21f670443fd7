import { createHash } from "node:crypto";
import type { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { rateLimiter } from "../db/rate-limiter";

/**
 * Limits on failed sign-ins, counted by rate-limiter-flexible in PostgreSQL (lib/db/rate-limiter.ts),
 * so every instance of the app sees the same counts and restarts forget nothing.
 *
 * - Per account AND address: after MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS failures in the window,
 *   that account is refused from that address, for 15 minutes, then 30, 60, … (doubling per
 *   lock-out within a day, at most a day). Keyed by both so that a stranger who guesses wrong
 *   passwords for someone's account locks only themselves out, never the owner elsewhere.
 * - Per address: after MAX_FAILURES_PER_ADDRESS failures in the window, across accounts, the
 *   address is refused for the window (against one machine guessing many accounts).
 *
 * A success forgets the account-and-address failures (the owner is present), not the
 * address's. Refused attempts are not counted, so waiting is always enough.
 */

export const LOGIN_WINDOW_SECONDS = 15 * 60;
export const MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;
/** Lock-outs of one account at one address are remembered this long for the doubling. */
const LOCKOUT_MEMORY_SECONDS = 24 * 60 * 60;
const MAX_LOCKOUT_SECONDS = 24 * 60 * 60;

function limiter(keyPrefix: string, points: number, duration: number): RateLimiterPostgres {
  return rateLimiter({ keyPrefix, points, duration });
}

let limiters: { pair: RateLimiterPostgres; address: RateLimiterPostgres; lockouts: RateLimiterPostgres } | undefined;
function getLimiters() {
  limiters ??= {
    pair: limiter("login-pair", MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS, LOGIN_WINDOW_SECONDS),
    address: limiter("login-address", MAX_FAILURES_PER_ADDRESS, LOGIN_WINDOW_SECONDS),
    lockouts: limiter("login-lockouts", Number.MAX_SAFE_INTEGER, LOCKOUT_MEMORY_SECONDS),
  };
  return limiters;
}

// Hashed: an address can be 254 characters (the key column holds 255), and the table need not
// hold readable addresses.
const pairKey = (email: string, ip: string) => createHash("sha256").update(`${email}\n${ip}`).digest("hex");

export interface LoginSubject {
  /** Lower-cased, trimmed. */
  email: string;
  ip: string;
}

const isOver = (result: RateLimiterRes | null, limit: number) => result !== null && result.consumedPoints >= limit;

/** Seconds until this account may be tried from this address again, or null when it may now. */
export async function loginRetryAfter({ email, ip }: LoginSubject): Promise<number | null> {
  const { pair, address } = getLimiters();
  const [byPair, byAddress] = await Promise.all([pair.get(pairKey(email, ip)), address.get(ip)]);
  const waits = [
    isOver(byPair, MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS) ? byPair : null,
    isOver(byAddress, MAX_FAILURES_PER_ADDRESS) ? byAddress : null,
  ].flatMap((result) => (result ? [Math.max(1, Math.ceil(result.msBeforeNext / 1000))] : []));
  return waits.length > 0 ? Math.max(...waits) : null;
}

/** Counts a failed sign-in; the failure that reaches a limit starts the lock-out. */
export async function recordLoginFailure({ email, ip }: LoginSubject): Promise<void> {
  const { pair, address, lockouts } = getLimiters();
  const key = pairKey(email, ip);
  const [byPair, byAddress] = await Promise.all([pair.penalty(key), address.penalty(ip)]);
  if (byPair.consumedPoints >= MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS) {
    const strikes = (await lockouts.penalty(key)).consumedPoints;
    await pair.block(key, Math.min(LOGIN_WINDOW_SECONDS * 2 ** (strikes - 1), MAX_LOCKOUT_SECONDS));
  }
  if (byAddress.consumedPoints >= MAX_FAILURES_PER_ADDRESS) await address.block(ip, LOGIN_WINDOW_SECONDS);
}

/** A successful sign-in: the owner is present, so this account's failures at this address stop counting. */
export async function forgetLoginFailures({ email, ip }: LoginSubject): Promise<void> {
  const { pair, lockouts } = getLimiters();
  const key = pairKey(email, ip);
  await Promise.all([pair.delete(key), lockouts.delete(key)]);
}

/** How many failures count now against the account at the address, and against the address. */
export async function countedLoginFailures({ email, ip }: LoginSubject): Promise<{ accountAtAddress: number; address: number }> {
  const { pair, address } = getLimiters();
  const [byPair, byAddress] = await Promise.all([pair.get(pairKey(email, ip)), address.get(ip)]);
  return { accountAtAddress: byPair?.consumedPoints ?? 0, address: byAddress?.consumedPoints ?? 0 };
}
