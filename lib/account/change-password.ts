import type { Actor } from "../auth/actor";
import { hashPassword, verifyPassword } from "../auth/password";
import { db } from "../db";
import { AppError } from "../errors";
import { notify } from "../notifications/notify";
import type { ChangePasswordInput } from "./schemas";
import { revokeUserTokens } from "./tokens";

/**
 * A signed-in user changes their password, proving it with the current one (a session left open
 * on a shared computer must not be enough). Pending reset links stop working, every API token and
 * browser session issued before stops working (the session version rises; get-actor.ts), and the
 * user is told by mail, so a change they did not make does not go unnoticed.
 */
export async function changePassword(actor: Actor, input: ChangePasswordInput): Promise<void> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Authentication required");
  const user = await db.user.findFirst({ where: { id: actor.id, deletedAt: null }, select: { passwordHash: true } });
  if (!user) throw new AppError("UNAUTHORIZED", "Authentication required");
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new AppError("UNPROCESSABLE", "The current password is not correct", { field: "currentPassword" });
  }
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await revokeUserTokens(actor.id, "reset", tx);
  });
  await notify("password_change", { userId: actor.id }, { userId: actor.id });
}
