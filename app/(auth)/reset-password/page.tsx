import type { Metadata } from "next";
import Link from "next/link";
import { AuthHeading } from "@/components/account/auth-page";
import { PasswordForm } from "@/components/account/password-form";
import { firstParam, type SearchParams } from "@/components/server/search-params";
import { isResetTokenUsable } from "@/lib/account/reset-password";

export const metadata: Metadata = { title: "Set a new password", robots: { index: false } };

/** Opening the link changes nothing (mail scanners open links too); the form does. */
export default async function ResetPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const token = firstParam((await searchParams).token);
  const usable = token ? await isResetTokenUsable(token) : false;
  return (
    <>
      <AuthHeading title="Set a new password" />
      {token && usable ? (
        <PasswordForm token={token} />
      ) : (
        <p role="alert" className="mt-4 text-sm text-slate-700">
          This reset link is invalid, expired or already used.{" "}
          <Link href="/forgot-password" className="font-medium text-brand-700 underline">
            Get a new link
          </Link>
        </p>
      )}
    </>
  );
}
