import type { Metadata } from "next";
import Link from "next/link";
import { AuthFootnote, AuthHeading, signedOutOnly, withCallback } from "@/components/account/auth-page";
import { firstParam, type SearchParams } from "@/components/server/search-params";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

// Auth.js sends people here with `?error=` when a sign-in through /api/auth fails.
const ERRORS: Record<string, string> = {
  CredentialsSignin: "Invalid email or password.",
  AccessDenied: "You may not sign in with this account.",
};

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const { params, callbackUrl } = await signedOutOnly(searchParams);
  const errorKey = firstParam(params.error);
  const error =
    firstParam(params.code) === "rate_limited"
      ? "Too many failed sign-in attempts. Try again later."
      : errorKey
        ? (ERRORS[errorKey] ?? "Sign-in failed. Please try again.")
        : undefined;

  return (
    <>
      <AuthHeading title="Sign in" lead="Welcome back. Sign in to manage your events." />
      <SignInForm callbackUrl={callbackUrl} initialError={error} />
      <p className="mt-3 text-sm">
        <Link href="/forgot-password" className="font-medium text-brand-700 underline-offset-2 hover:underline">
          Forgot your password?
        </Link>
      </p>
      <AuthFootnote href={withCallback("/sign-up", callbackUrl)} link="Create an account">
        New to Open Event?
      </AuthFootnote>
    </>
  );
}
