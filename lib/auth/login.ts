import { db } from "../db";
import { AppError } from "../errors";
import { hashPassword, verifyPassword } from "./password";

export interface LoginInput {
  email: string;
  password: string;
  ip: string;
}

export interface LoggedInUser {
  id: number;
  email: string;
  firstName: string | null;
  lastName: string | null;
  isAdmin: boolean;
  isSuperAdmin: boolean;
  /** Carried by the tokens and session cookies issued for this sign-in. */
  sessionVersion: number;
}

/** Failures are counted over this sliding window. */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** After this many failures for one account in the window, further attempts are refused. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
/** After this many failures from one address in the window, further attempts are refused. */
export const MAX_FAILURES_PER_ADDRESS = 20;

export const INVALID_CREDENTIALS = "Invalid email or password";

/** A 429 that also says when to come back, so handlers can send `Retry-After`. */
export class LoginRateLimitError extends AppError {
  readonly retryAfterSeconds: number;

  constructor(retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(
      "TOO_MANY_REQUESTS",
      `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    );
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

// Compared against for unknown accounts so that an unknown email costs as much time as a
// wrong password and response times do not reveal which addresses have accounts.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword("open-event-timing-equaliser"));

/**
 * Seconds until the limit stops applying, or null when under the limit. The limit-th most
 * recent failure in the window decides: once it leaves the window, fewer than `limit` remain.
 */
async function retryAfter(where: { email: string } | { ip: string }, limit: number, now: Date): Promise<number | null> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const decisive = await db.loginAttempt.findFirst({
    where: { ...where, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    skip: limit - 1,
    select: { createdAt: true },
  });
  if (!decisive) return null;
  return Math.max(1, Math.ceil((decisive.createdAt.getTime() + LOGIN_WINDOW_MS - now.getTime()) / 1000));
}

/**
 * Checks email and password. A wrong password and an unknown email give the same error;
 * limits are checked before the password so a locked account cannot be probed further.
 */
export async function login(input: LoginInput): Promise<LoggedInUser> {
  const email = input.email.trim().toLowerCase();
  const now = new Date();
  const [accountWait, addressWait] = await Promise.all([
    retryAfter({ email }, MAX_FAILURES_PER_ACCOUNT, now),
    retryAfter({ ip: input.ip }, MAX_FAILURES_PER_ADDRESS, now),
  ]);
  if (accountWait !== null || addressWait !== null) {
    throw new LoginRateLimitError(Math.max(accountWait ?? 0, addressWait ?? 0));
  }

  const user = await db.user.findFirst({
    where: { email: { equals: email, mode: "insensitive" }, deletedAt: null },
    select: {
      id: true,
      email: true,
      passwordHash: true,
      firstName: true,
      lastName: true,
      isAdmin: true,
      isSuperAdmin: true,
      sessionVersion: true,
    },
  });
  const valid = user
    ? await verifyPassword(input.password, user.passwordHash)
    : (await verifyPassword(input.password, await getDummyHash()), false);

  if (!user || !valid) {
    await db.loginAttempt.create({ data: { email, ip: input.ip } });
    throw new AppError("UNAUTHORIZED", INVALID_CREDENTIALS);
  }

  // A successful sign-in proves the owner is present, so earlier failures stop counting
  // against the account (the address limit still sees failures for other accounts).
  await db.$transaction([
    db.loginAttempt.deleteMany({ where: { email } }),
    db.user.update({ where: { id: user.id }, data: { lastAccessedAt: now } }),
  ]);
  const { passwordHash: _passwordHash, ...rest } = user;
  return rest;
}
