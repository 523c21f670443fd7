import { db } from "../db";
import type { ForgotPasswordInput } from "./schemas";
import { sendEmailConfirmation } from "./send-email-confirmation";

/**
 * Mails a new confirmation link to the account with this address, when there is one that is
 * not confirmed yet. The caller answers the same in every case, so the request cannot be used
 * to find out which addresses have accounts.
 */
export async function resendEmailConfirmation(input: ForgotPasswordInput): Promise<void> {
  const user = await db.user.findFirst({
    where: { email: { equals: input.email, mode: "insensitive" }, deletedAt: null, isVerified: false },
    select: { id: true },
  });
  if (user) await sendEmailConfirmation(user.id);
}
