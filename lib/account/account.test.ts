import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notificationJobName } from "@/lib/notifications/schemas";
import { registerUser } from "@/lib/users/register-user";
import { createUser } from "@/prisma/factories";
import { changePasswordAction, forgotPasswordAction, resetPasswordAction } from "./actions";
import { changePassword } from "./change-password";
import { confirmEmail } from "./confirm-email";
import { requestPasswordReset } from "./request-password-reset";
import { isResetTokenUsable, resetPassword } from "./reset-password";

// The signed-in user of the password change (next-auth's cookie in the browser).
let signedIn: Actor = null;
vi.mock("../auth/session", () => ({ requireSessionActor: async () => signedIn }));

beforeEach(async () => {
  await db.task.deleteMany({});
  signedIn = null;
});

const tasks = () => db.task.findMany({ orderBy: { createdAt: "asc" }, select: { name: true, payload: true, userId: true } });

/** The token of the link in the single enqueued mail of `action`. */
async function tokenFromOutbox(action: "password_reset" | "user_confirm"): Promise<string> {
  const task = await db.task.findFirstOrThrow({ where: { name: notificationJobName(action) } });
  const link = new URL((task.payload as { link: string }).link);
  return link.searchParams.get("token") ?? "";
}

/** A new account through the sign-up service (which answers null for a taken address). */
async function registerNew(email: string) {
  const user = await registerUser({ email, password: "password 123", firstName: null, lastName: null });
  if (!user) throw new Error(`${email} is taken`);
  return user;
}

const unprocessable = (detail: string) => expect.objectContaining({ code: "UNPROCESSABLE", detail }) as unknown as AppError;
const RESET_INVALID = "This reset link is invalid, expired or already used. Ask for a new one.";

describe("password reset", () => {
  it("answers the same for unknown and known addresses; only a known one gets a token and a mail", async () => {
    const user = await createUser();
    expect(await forgotPasswordAction({ email: "nobody@example.org" })).toEqual({ ok: true });
    expect(await tasks()).toEqual([]);
    expect(await db.userToken.count({ where: { userId: user.id } })).toBe(0);

    expect(await forgotPasswordAction({ email: user.email.toUpperCase() })).toEqual({ ok: true });
    const stored = await db.userToken.findFirstOrThrow({ where: { userId: user.id } });
    const token = await tokenFromOutbox("password_reset");
    expect(await tasks()).toEqual([
      { name: notificationJobName("password_reset"), payload: { userId: user.id, link: `http://localhost:3000/reset-password?token=${encodeURIComponent(token)}` }, userId: user.id },
    ]);
    expect(token).toMatch(new RegExp(`^${stored.id}\\.[A-Za-z0-9_-]{43}$`));
    expect(stored.purpose).toBe("reset");
    // Only the digest is at rest.
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.tokenHash).not.toContain(token.split(".")[1]);
    const ttl = stored.expiresAt.getTime() - stored.createdAt.getTime();
    expect(Math.abs(ttl - 60 * 60 * 1000)).toBeLessThan(5_000);
  });

  it("validates the address before anything else", async () => {
    expect(await forgotPasswordAction({ email: "not an address" })).toEqual({ ok: false, fieldErrors: { email: "Enter a valid email address" } });
  });

  it("sets the password once, invalidates the user's other reset links and sends the change notice", async () => {
    const user = await createUser({ password: "old password 1" });
    await requestPasswordReset({ email: user.email });
    const first = await tokenFromOutbox("password_reset");
    await db.task.deleteMany({});
    await requestPasswordReset({ email: user.email });
    const second = await tokenFromOutbox("password_reset");
    await db.task.deleteMany({});

    expect(await isResetTokenUsable(second)).toBe(true);
    await resetPassword({ token: second, password: "new password 2", passwordConfirmation: "new password 2" });
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword("new password 2", passwordHash)).toBe(true);
    expect(await tasks()).toEqual([{ name: notificationJobName("password_change"), payload: { userId: user.id }, userId: user.id }]);

    // Single use, and the older link died with it.
    for (const token of [second, first]) {
      expect(await isResetTokenUsable(token)).toBe(false);
      await expect(resetPassword({ token, password: "third password", passwordConfirmation: "third password" })).rejects.toEqual(unprocessable(RESET_INVALID));
    }
    expect(await verifyPassword("new password 2", (await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash)).toBe(true);
  });

  it("refuses expired, tampered and other-purpose tokens", async () => {
    const user = await createUser();
    await requestPasswordReset({ email: user.email });
    const token = await tokenFromOutbox("password_reset");
    const [id, secret = ""] = token.split(".");
    const tampered = `${id}.${secret.slice(0, -1)}${secret.endsWith("A") ? "B" : "A"}`;
    const input = (t: string) => ({ token: t, password: "new password 3", passwordConfirmation: "new password 3" });
    await expect(resetPassword(input(tampered))).rejects.toEqual(unprocessable(RESET_INVALID));
    await expect(resetPassword(input("garbage"))).rejects.toEqual(unprocessable(RESET_INVALID));
    // A reset token is not a confirmation token.
    await expect(confirmEmail(token)).rejects.toBeInstanceOf(AppError);

    await db.userToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await isResetTokenUsable(token)).toBe(false);
    await expect(resetPassword(input(token))).rejects.toEqual(unprocessable(RESET_INVALID));
    expect(await db.userToken.count({ where: { userId: user.id, usedAt: { not: null } } })).toBe(0);
  });

  it("uses a token once even when two requests race", async () => {
    const user = await createUser();
    await requestPasswordReset({ email: user.email });
    const token = await tokenFromOutbox("password_reset");
    const results = await Promise.allSettled(
      ["race password a", "race password b"].map((password) => resetPassword({ token, password, passwordConfirmation: password })),
    );
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
  });
});

describe("email confirmation", () => {
  it("is mailed after sign-up and marks the account verified once; a second visit says already confirmed", async () => {
    const user = await registerNew(`confirm-${Date.now()}@example.org`);
    expect(user.isVerified).toBe(false);
    const token = await tokenFromOutbox("user_confirm");
    // The confirmation link and the welcome notice (user_registration), in name order.
    expect((await tasks()).sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: notificationJobName("user_confirm"), payload: { userId: user.id, link: `http://localhost:3000/confirm-email?token=${encodeURIComponent(token)}` }, userId: user.id },
      { name: notificationJobName("user_registration"), payload: { userId: user.id }, userId: user.id },
    ]);
    const stored = await db.userToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.purpose).toBe("confirm");
    expect(Math.abs(stored.expiresAt.getTime() - stored.createdAt.getTime() - 24 * 60 * 60 * 1000)).toBeLessThan(5_000);

    expect(await confirmEmail(token)).toBe("confirmed");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).isVerified).toBe(true);
    expect(await confirmEmail(token)).toBe("already-confirmed");
  });

  it("refuses an expired link and leaves the account unverified", async () => {
    const user = await registerNew(`expired-${Date.now()}@example.org`);
    const token = await tokenFromOutbox("user_confirm");
    await db.userToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(confirmEmail(token)).rejects.toEqual(unprocessable("This confirmation link is invalid or has expired"));
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).isVerified).toBe(false);
  });
});

describe("password change", () => {
  it("needs the current password, revokes pending reset links and sends the notice", async () => {
    const user = await createUser({ password: "current password" });
    const actor = { id: user.id, email: user.email, isAdmin: false, isSuperAdmin: false };
    await requestPasswordReset({ email: user.email });
    const resetToken = await tokenFromOutbox("password_reset");
    await db.task.deleteMany({});

    await expect(changePassword(actor, { currentPassword: "wrong", password: "brand new pw", passwordConfirmation: "brand new pw" })).rejects.toEqual(
      expect.objectContaining({ code: "UNPROCESSABLE", detail: "The current password is not correct", source: { field: "currentPassword" } }),
    );
    expect(await tasks()).toEqual([]);

    await changePassword(actor, { currentPassword: "current password", password: "brand new pw", passwordConfirmation: "brand new pw" });
    expect(await verifyPassword("brand new pw", (await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash)).toBe(true);
    expect(await isResetTokenUsable(resetToken)).toBe(false);
    expect(await tasks()).toEqual([{ name: notificationJobName("password_change"), payload: { userId: user.id }, userId: user.id }]);
    await expect(changePassword(null, { currentPassword: "x", password: "brand new pw", passwordConfirmation: "brand new pw" })).rejects.toEqual(
      expect.objectContaining({ code: "UNAUTHORIZED" }),
    );
  });
});

describe("account actions", () => {
  it("answer a wrong current password beside its field, and a bad or missing link at form level", async () => {
    const user = await createUser({ password: "current password" });
    signedIn = { id: user.id, email: user.email, isAdmin: false, isSuperAdmin: false };
    const values = { password: "brand new pw", passwordConfirmation: "brand new pw" };
    expect(await changePasswordAction({ currentPassword: "wrong", ...values })).toEqual({
      ok: false,
      fieldErrors: { currentPassword: "The current password is not correct" },
    });
    // The token is no visible field of the reset form.
    expect(await resetPasswordAction({ token: "1.forged", ...values })).toEqual({ ok: false, fieldErrors: {}, formError: RESET_INVALID });
    expect(await resetPasswordAction({ token: "", ...values })).toEqual({ ok: false, fieldErrors: {}, formError: "Token is required" });
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword("current password", passwordHash)).toBe(true);
    expect(await tasks()).toEqual([]);
  });
});
