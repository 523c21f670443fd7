import type { Metadata } from "next";
import { AuthFootnote, AuthHeading, signedOutOnly, withCallback } from "@/components/account/auth-page";
import { firstParam, type SearchParams } from "@/components/server/search-params";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create account" };

// An invite link sends people here with `callbackUrl` (back to the invite) and the invited `email`.
export default async function SignUpPage({ searchParams }: { searchParams: SearchParams }) {
  const { params, callbackUrl } = await signedOutOnly(searchParams);
  const signInHref = withCallback("/sign-in", callbackUrl);
  return (
    <>
      <AuthHeading title="Create your account" lead="Organize events, manage sessions and speakers, publish schedules." />
      <SignUpForm signInHref={signInHref} email={firstParam(params.email) ?? ""} />
      <AuthFootnote href={signInHref} link="Sign in">
        Already have an account?
      </AuthFootnote>
    </>
  );
}
