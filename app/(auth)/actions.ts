"use server";

import { CredentialsSignin } from "next-auth";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { RateLimitedSignin, signIn, signOut } from "@/lib/auth/next-auth";
import { AppError } from "@/lib/errors";
import { registerUser } from "@/lib/users/register-user";
import { registerUserSchema, type RegisterUserFormValues } from "@/lib/users/schemas";

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
  fieldErrors?: Partial<Record<keyof RegisterUserFormValues, string>>;
  error?: string;
}

/**
 * Creates the account with the same schema and service as `POST /v1/users`, then signs in and
 * continues at `callbackUrl` (an invite page when the sign-up started from an invite link).
 */
export async function signUpAction(values: RegisterUserFormValues, callbackUrl?: string): Promise<SignUpResult> {
  const parsed = registerUserSchema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors: SignUpResult["fieldErrors"] = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] as keyof RegisterUserFormValues;
      fieldErrors[key] ??= issue.message;
    }
    return { fieldErrors };
  }
  try {
    await registerUser(parsed.data);
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT") return { fieldErrors: { email: error.detail } };
    throw error;
  }
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: safeCallbackUrl(callbackUrl) });
  } catch (error) {
    // The account exists; only the automatic sign-in was refused (e.g. the address is rate limited).
    if (error instanceof CredentialsSignin) return { error: "Your account was created. Please sign in." };
    throw error;
  }
  return {};
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
