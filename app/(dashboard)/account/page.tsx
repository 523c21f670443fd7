import type { Metadata } from "next";
import { PasswordForm } from "@/components/account/password-form";
import { ResendConfirmationButton } from "@/components/account/resend-confirmation-button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { DeleteAccountButton } from "@/components/users/delete-account-button";
import { ProfileForm } from "@/components/users/profile-form";
import { profileFormValues } from "@/components/users/profile-values";
import { UserAvatar } from "@/components/users/user-avatar";
import { requireSessionActor } from "@/lib/auth/session";
import { getCurrentUser } from "@/lib/users/get-user";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const actor = await requireSessionActor("/account");
  const user = await getCurrentUser(actor);
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <div className="flex items-center gap-3">
        <UserAvatar user={user} size="size-12" />
        <PageHeader title="Account" />
      </div>
      <Card id="profile-heading" title="Profile">
        <div className="mt-4">
          <ProfileForm userId={user.id} defaultValues={profileFormValues(user)} />
        </div>
      </Card>
      <Card id="email-heading" title="Email">
        <p className="mt-1 text-sm text-slate-700">
          {user.email} · {user.isVerified ? "confirmed" : "not confirmed yet"}
        </p>
        {!user.isVerified && (
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
      <Card
        id="delete-heading"
        title="Delete account"
        tone="danger"
        description="You are signed out everywhere and cannot sign in again; an admin can restore the account. Events you are the last owner of must get another owner first."
      >
        <div className="mt-4">
          <DeleteAccountButton />
        </div>
      </Card>
    </div>
  );
}
