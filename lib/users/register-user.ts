import { sendEmailConfirmation } from "../account/send-email-confirmation";
import { hashPassword } from "../auth/password";
import { db } from "../db";
import { notify } from "../notifications/notify";
import { AppError } from "../errors";
import type { RegisterUserInput } from "./schemas";
import { USER_SELECT, type UserRecord } from "./resource";

/**
 * Creates an account. Emails are stored lower-cased and compared case-insensitively, so
 * `Ann@x.org` and `ann@x.org` cannot both exist (also against older mixed-case rows).
 */
export async function registerUser(input: RegisterUserInput): Promise<UserRecord> {
  const existing = await db.user.findFirst({
    where: { email: { equals: input.email, mode: "insensitive" } },
    select: { id: true },
  });
  if (existing) {
    throw new AppError("CONFLICT", "An account with this email already exists", { pointer: "/data/attributes/email" });
  }
  const user = await db.user.create({
    data: {
      email: input.email,
      passwordHash: await hashPassword(input.password),
      firstName: input.firstName,
      lastName: input.lastName,
    },
    select: USER_SELECT,
  });
  // Mailed in the background; the account works at once and is confirmed through the link.
  await sendEmailConfirmation(user.id);
  await notify("user_registration", { userId: user.id }, { userId: user.id });
  return user;
}
