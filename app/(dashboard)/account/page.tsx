import type { Metadata } from "next";
import { PasswordForm } from "@/components/account/password-form";
import { ResendConfirmationButton } from "@/components/account/resend-confirmation-button";
import { PageHeader } from "@/components/ui/page-header";
import { requireSessionActor } from "@/lib/auth/session";
import { getCurrentUser } from "@/lib/users/get-user";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const actor = await requireSessionActor("/account");
  const user = await getCurrentUser(actor);
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <PageHeader title="Account" />
      <section aria-labelledby="email-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
        <h2 id="email-heading" className="text-base font-semibold">
          Email
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          {user.email} · {user.isVerified ? "confirmed" : "not confirmed yet"}
        </p>
        {user.isVerified ? null : (
          <div className="mt-3">
            <ResendConfirmationButton />
          </div>
        )}
      </section>
      <section aria-labelledby="password-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
        <h2 id="password-heading" className="mb-4 text-base font-semibold">
          Password
        </h2>
        <PasswordForm />
      </section>
    </div>
  );
}
