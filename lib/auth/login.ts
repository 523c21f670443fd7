import { db } from "../db";
import { AppError } from "../errors";
import { forgetLoginFailures, loginRetryAfter, recordLoginFailure } from "./login-limits";
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
 * Checks email and password. A wrong password and an unknown email give the same error. The
 * limits of lib/auth/login-limits.ts are checked before the password, so a locked account
 * cannot be probed further from that address.
 */
export async function login(input: LoginInput): Promise<LoggedInUser> {
  const subject = { email: input.email.trim().toLowerCase(), ip: input.ip };
  const wait = await loginRetryAfter(subject);
  if (wait !== null) throw new LoginRateLimitError(wait);

  const user = await db.user.findFirst({
    where: { email: { equals: subject.email, mode: "insensitive" }, deletedAt: null },
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
    await recordLoginFailure(subject);
    throw new AppError("UNAUTHORIZED", INVALID_CREDENTIALS);
  }

  await forgetLoginFailures(subject);
  await db.user.update({ where: { id: user.id }, data: { lastAccessedAt: new Date() } });
  const { passwordHash: _passwordHash, ...rest } = user;
  return rest;
}
