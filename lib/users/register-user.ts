import { sendEmailConfirmation } from "../account/send-email-confirmation";
import { hashPassword } from "../auth/password";
import { db } from "../db";
import { rateLimiter } from "../db/rate-limiter";
import { Prisma } from "../generated/prisma/client";
import { notify } from "../notifications/notify";
import type { RegisterUserInput } from "./schemas";
import { USER_SELECT, type UserRecord } from "./load";

/**
 * Creates an account, or — when an account has this address already — mails its owner that
 * someone tried to sign up with it (with links to sign in and to reset the password; at most one
 * such mail per quarter hour) and creates nothing. Both end with a mail to the address, and the callers (the sign-up form,
 * `POST /v1/users`) answer both alike, so sign-up does not tell who has an account here.
 *
 * Emails are stored lower-cased and compared case-insensitively, so `Ann@x.org` and `ann@x.org`
 * cannot both exist (also against older mixed-case rows).
 *
 * Answers the new account, or null when the address was taken; only tests and services may
 * tell the two apart, never a response.
 */
export async function registerUser(input: RegisterUserInput): Promise<UserRecord | null> {
  // Hashed in both cases: bcrypt is most of the time a sign-up takes, and skipping it for taken
  // addresses would tell them apart by the response time.
  const passwordHash = await hashPassword(input.password);
  const existing = await db.user.findFirst({
    where: { email: { equals: input.email, mode: "insensitive" } },
    select: { id: true },
  });
  if (existing) return tellOwner(existing.id);
  let user: UserRecord;
  try {
    user = await db.user.create({
      data: { email: input.email, passwordHash, firstName: input.firstName, lastName: input.lastName },
      select: USER_SELECT,
    });
  } catch (error) {
    // A concurrent sign-up with the same address won the unique index.
    if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") throw error;
    const winner = await db.user.findFirstOrThrow({ where: { email: { equals: input.email, mode: "insensitive" } }, select: { id: true } });
    return tellOwner(winner.id);
  }
  // Mailed in the background; the account works at once and is confirmed through the link.
  await sendEmailConfirmation(user.id);
  await notify("user_registration", { userId: user.id }, { userId: user.id });
  return user;
}

/** At most one notice per account in this many seconds: sign-up must not become a way to flood an inbox. */
export const SIGN_UP_NOTICE_INTERVAL_SECONDS = 15 * 60;
let notices: ReturnType<typeof rateLimiter> | undefined;

async function tellOwner(userId: number): Promise<null> {
  notices ??= rateLimiter({ keyPrefix: "sign-up-notice", points: 1, duration: SIGN_UP_NOTICE_INTERVAL_SECONDS });
  const { consumedPoints } = await notices.penalty(String(userId));
  if (consumedPoints <= 1) await notify("account_exists", { userId }, { userId });
  return null;
}
