import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { getSessionActor } from "@/lib/auth/session";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

// Auth.js sends people here with `?error=` when a sign-in through /api/auth fails.
const ERRORS: Record<string, string> = {
  CredentialsSignin: "Invalid email or password.",
  AccessDenied: "You may not sign in with this account.",
};

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(first(params.callbackUrl));
  if (await getSessionActor()) redirect(callbackUrl);
  const errorKey = first(params.error);
  const error =
    first(params.code) === "rate_limited"
      ? "Too many failed sign-in attempts. Try again later."
      : errorKey
        ? (ERRORS[errorKey] ?? "Sign-in failed. Please try again.")
        : undefined;
  const signUpHref = callbackUrl === "/events" ? "/sign-up" : `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`;

  return (
    <>
      <h1 className="text-xl font-semibold tracking-tight">Sign in</h1>
      <p className="mt-1 text-sm text-slate-600">Welcome back. Sign in to manage your events.</p>
      <SignInForm callbackUrl={callbackUrl} initialError={error} />
      <p className="mt-3 text-sm">
        <Link href="/forgot-password" className="font-medium text-brand-700 underline-offset-2 hover:underline">
          Forgot your password?
        </Link>
      </p>
      <p className="mt-6 text-sm text-slate-600">
        New to Open Event?{" "}
        <Link href={signUpHref} className="font-medium text-brand-700 underline-offset-2 hover:underline">
          Create an account
        </Link>
      </p>
    </>
  );
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
