"use server";

import { CredentialsSignin } from "next-auth";
import { signIn } from "../auth/next-auth";
import { requireSessionActor } from "../auth/session";
import { actionFailure, type ActionResult } from "../forms/action-result";
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

// The token of a link is not a visible field: its problems concern the whole form.
const failure = (error: unknown) => actionFailure(error, { fields: ["email", "currentPassword", "password", "passwordConfirmation"] });

/** Always the same answer for a valid address, whether or not an account has it. */
export async function forgotPasswordAction(values: unknown): Promise<ActionResult> {
  const parsed = forgotPasswordSchema.safeParse(values);
  if (!parsed.success) return failure(parsed.error);
  await requestPasswordReset(parsed.data);
  return { ok: true };
}

export async function resetPasswordAction(values: unknown): Promise<ActionResult> {
  const parsed = resetPasswordSchema.safeParse(values);
  if (!parsed.success) return failure(parsed.error);
  try {
    await resetPassword(parsed.data);
  } catch (error) {
    return failure(error);
  }
  return { ok: true };
}

export async function changePasswordAction(values: unknown): Promise<ActionResult> {
  const actor = await requireSessionActor("/account");
  const parsed = changePasswordSchema.safeParse(values);
  if (!parsed.success) return failure(parsed.error);
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

export async function resendConfirmationAction(): Promise<ActionResult> {
  const actor = await requireSessionActor("/account");
  await sendEmailConfirmation(actor.id);
  return { ok: true };
}
