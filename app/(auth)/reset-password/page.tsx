import type { Metadata } from "next";
import Link from "next/link";
import { PasswordForm } from "@/components/account/password-form";
import { isResetTokenUsable } from "@/lib/account/reset-password";

export const metadata: Metadata = { title: "Set a new password", robots: { index: false } };

/** Opening the link changes nothing (mail scanners open links too); the form does. */
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = (await searchParams).token;
  const token = Array.isArray(raw) ? raw[0] : raw;
  const usable = token ? await isResetTokenUsable(token) : false;
  return (
    <>
      <h1 className="text-xl font-semibold tracking-tight">Set a new password</h1>
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
