"use server";

import { CredentialsSignin } from "next-auth";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { RateLimitedSignin, signIn, signOut } from "@/lib/auth/next-auth";
import { actionFailure, type FieldErrors } from "@/lib/forms/action-result";
import { registerUser } from "@/lib/users/register-user";
import { registerUserSchema, type RegisterUserFormValues } from "@/lib/users/schemas";
// For its effect: registers the resource declarations the services below load through.
import "@/lib/api/resources";

export interface SignInState {
  error?: string;
  email?: string;
}

/** The sign-in form's action; success redirects (a thrown redirect, so it is not caught here). */
export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "");
  const password = String(formData.get("password") ?? "");
  if (!email.trim() || !password) return { error: "Enter your email and password.", email };
  try {
    await signIn("credentials", { email, password, redirectTo: safeCallbackUrl(formData.get("callbackUrl")) });
  } catch (error) {
    if (error instanceof RateLimitedSignin) return { error: error.detail, email };
    if (error instanceof CredentialsSignin) return { error: "Invalid email or password.", email };
    throw error;
  }
  return {};
}

export interface SignUpResult {
  fieldErrors?: FieldErrors;
  /** The form then says that a mail went to the address, whether or not it had an account. */
  sent?: true;
}

/**
 * Signs up with the same schema and service as `POST /v1/users`. The answer is the same for a
 * new and a registered address (the service mails the owner of a registered one), so nobody is
 * signed in here: signing in only the new accounts would tell the two apart.
 */
export async function signUpAction(values: RegisterUserFormValues): Promise<SignUpResult> {
  const parsed = registerUserSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: actionFailure(parsed.error).fieldErrors };
  await registerUser(parsed.data);
  return { sent: true };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
