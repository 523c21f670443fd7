import { hashPassword } from "../auth/password";
import { db } from "../db";
import { AppError } from "../errors";
import { notify } from "../notifications/notify";
import type { ResetPasswordInput } from "./schemas";
import { consumeUserToken, findUserToken, isUsable, revokeUserTokens } from "./tokens";

const invalidLink = () =>
  new AppError("UNPROCESSABLE", "This reset link is invalid, expired or already used. Ask for a new one.", { field: "token" });

/** Whether a reset link can still be used (the page says so before the user types a password). */
export async function isResetTokenUsable(token: string): Promise<boolean> {
  const row = await findUserToken(token, "reset");
  return Boolean(row && isUsable(row));
}

/**
 * Sets a new password through a reset link and answers the user's id. The link works once; all
 * other reset links of the user stop working too (an older mail in the inbox must not reset the
 * new password), and the user is told that the password changed. Whoever was signed in with the
 * old password is signed out: the session version rises, which retires every earlier API token
 * and session cookie. Following the mailed link also proves the address, so it counts as confirmed.
 */
export async function resetPassword(input: ResetPasswordInput): Promise<number> {
  const row = await findUserToken(input.token, "reset");
  if (!row || !isUsable(row)) throw invalidLink();
  const passwordHash = await hashPassword(input.password);
  const done = await db.$transaction(async (tx) => {
    if (!(await consumeUserToken(row, tx))) return false;
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash, sessionVersion: { increment: 1 }, isVerified: true } });
    await revokeUserTokens(row.userId, "reset", tx);
    return true;
  });
  if (!done) throw invalidLink();
  await notify("password_change", { userId: row.userId }, { userId: row.userId });
  return row.userId;
}
