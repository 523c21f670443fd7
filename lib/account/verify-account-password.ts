import type { Actor } from "../auth/actor";
import { LoginRateLimitError } from "../auth/login";
import { forgetLoginFailures, loginRetryAfter, recordLoginFailure } from "../auth/login-limits";
import { verifyPassword } from "../auth/password";
import { db } from "../db";
import { AppError } from "../errors";

/**
 * Whether `password` is the signed-in user's (asked before a sensitive step). A wrong password
 * counts as a failed sign-in of the account from that address, and the sign-in limits apply, so
 * a stolen token does not let anyone guess the password faster than the sign-in page allows.
 */
export async function verifyAccountPassword(actor: Actor, input: { password: string; ip: string }): Promise<boolean> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Authentication required");
  const user = await db.user.findFirst({ where: { id: actor.id, deletedAt: null }, select: { email: true, passwordHash: true } });
  if (!user) throw new AppError("UNAUTHORIZED", "Authentication required");
  const subject = { email: user.email.trim().toLowerCase(), ip: input.ip };
  const wait = await loginRetryAfter(subject);
  if (wait !== null) throw new LoginRateLimitError(wait);
  const valid = await verifyPassword(input.password, user.passwordHash);
  await (valid ? forgetLoginFailures(subject) : recordLoginFailure(subject));
  return valid;
}
