import type { Metadata } from "next";
import { PasswordForm } from "@/components/account/password-form";
import { ResendConfirmationButton } from "@/components/account/resend-confirmation-button";
import { Card } from "@/components/ui/card";
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
      <Card id="email-heading" title="Email">
        <p className="mt-1 text-sm text-slate-700">
          {user.email} · {user.isVerified ? "confirmed" : "not confirmed yet"}
        </p>
        {user.isVerified ? null : (
          <div className="mt-3">
            <ResendConfirmationButton />
          </div>
        )}
      </Card>
      <Card id="password-heading" title="Password">
        <div className="mt-4">
          <PasswordForm />
        </div>
      </Card>
    </div>
  );
}
