import type { Metadata } from "next";
import Link from "next/link";
import { AuthHeading } from "@/components/account/auth-page";
import { firstParam, type SearchParams } from "@/components/server/search-params";
import { confirmEmail, type ConfirmEmailResult } from "@/lib/account/confirm-email";
import { AppError } from "@/lib/errors";

export const metadata: Metadata = { title: "Confirm your email", robots: { index: false } };

const MESSAGES: Record<ConfirmEmailResult, string> = {
  confirmed: "Thank you, your email address is confirmed.",
  "already-confirmed": "Your email address is already confirmed.",
};

/**
 * Opening the link confirms the address: that is all the link can do, so a mail scanner opening
 * it first does no harm (the person then sees "already confirmed").
 */
export default async function ConfirmEmailPage({ searchParams }: { searchParams: SearchParams }) {
  const token = firstParam((await searchParams).token);
  const result = token ? await confirm(token) : null;
  return (
    <>
      <AuthHeading title="Confirm your email" />
      {result ? (
        <p role="status" className="mt-4 text-sm text-slate-700">
          {MESSAGES[result]}{" "}
          <Link href="/events" className="font-medium text-brand-700 underline">
            Go to my events
          </Link>
        </p>
      ) : (
        <p role="alert" className="mt-4 text-sm text-slate-700">
          This confirmation link is invalid or has expired. Sign in and ask for a new one from your account page.
        </p>
      )}
    </>
  );
}

async function confirm(token: string): Promise<ConfirmEmailResult | null> {
  try {
    return await confirmEmail(token);
  } catch (error) {
    if (error instanceof AppError && error.code === "UNPROCESSABLE") return null;
    throw error;
  }
}
