"use server";

import { CredentialsSignin } from "next-auth";
import { signIn } from "../auth/next-auth";
import { requireSessionActor } from "../auth/session";
import { AppError } from "../errors";
import { changePassword } from "./change-password";
import { requestPasswordReset } from "./request-password-reset";
import { resetPassword } from "./reset-password";
import { sendEmailConfirmation } from "./send-email-confirmation";
import { changePasswordSchema, forgotPasswordSchema, resetPasswordSchema } from "./schemas";
// For its effect: registers the resource declarations the services below load through.
import "../api/resources";

/**
 * Server actions of the account pages, over the lib/account services with the same schemas as
 * the forms. Errors come back keyed by form field so they show beside the inputs.
 */

export type AccountActionResult = { ok: true } | { ok: false; fieldErrors: Record<string, string>; formError?: string };

function invalid(issues: readonly { path: readonly PropertyKey[]; message: string }[]): AccountActionResult {
  const fieldErrors: Record<string, string> = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? "");
    fieldErrors[key] ??= issue.message;
  }
  return { ok: false, fieldErrors };
}

function failure(error: unknown): AccountActionResult {
  if (!(error instanceof AppError) || error.code !== "UNPROCESSABLE") throw error;
  const field = error.source?.pointer?.split("/").pop();
  // The token is not a visible field: its problems concern the whole form.
  if (!field || field === "token") return { ok: false, fieldErrors: {}, formError: error.detail };
  return { ok: false, fieldErrors: { [field]: error.detail } };
}

/** Always the same answer for a valid address, whether or not an account has it. */
export async function forgotPasswordAction(values: unknown): Promise<AccountActionResult> {
  const parsed = forgotPasswordSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error.issues);
  await requestPasswordReset(parsed.data);
  return { ok: true };
}

export async function resetPasswordAction(values: unknown): Promise<AccountActionResult> {
  const parsed = resetPasswordSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error.issues);
  try {
    await resetPassword(parsed.data);
  } catch (error) {
    return failure(error);
  }
  return { ok: true };
}

export async function changePasswordAction(values: unknown): Promise<AccountActionResult> {
  const actor = await requireSessionActor("/account");
  const parsed = changePasswordSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error.issues);
  try {
    await changePassword(actor, parsed.data);
  } catch (error) {
    return failure(error);
  }
  // The change retired every session of the account, this browser's too; signing in again with
  // the new password keeps the person who made the change signed in here (and only here).
  try {
    await signIn("credentials", { email: actor.email, password: parsed.data.password, redirect: false });
  } catch (error) {
    // Refused (e.g. the address is rate limited): this browser is signed out like the others.
    if (!(error instanceof CredentialsSignin)) throw error;
  }
  return { ok: true };
}

export async function resendConfirmationAction(): Promise<AccountActionResult> {
  const actor = await requireSessionActor("/account");
  await sendEmailConfirmation(actor.id);
  return { ok: true };
}
