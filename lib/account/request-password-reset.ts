import { db } from "../db";
import { env } from "../env";
import { notify } from "../notifications/notify";
import type { ForgotPasswordInput } from "./schemas";
import { issueUserToken } from "./tokens";

/**
 * Mails a password-reset link (valid 1 hour, once) when an account has this address. The caller
 * answers the same whether or not one exists, so the form cannot be used to probe addresses.
 */
export async function requestPasswordReset(input: ForgotPasswordInput): Promise<void> {
  const user = await db.user.findFirst({
    where: { email: { equals: input.email, mode: "insensitive" }, deletedAt: null },
    select: { id: true },
  });
  if (!user) return;
  const token = await issueUserToken(user.id, "reset");
  await notify("password_reset", { userId: user.id, link: `${env().APP_URL}/reset-password?token=${encodeURIComponent(token)}` }, { userId: user.id });
}
