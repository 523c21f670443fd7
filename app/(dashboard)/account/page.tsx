import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { ResendConfirmationButton } from "@/components/account/resend-confirmation-button";
import { requireSessionActor } from "@/lib/auth/session";
import { DeleteAccountButton } from "@/components/users/delete-account-button";
import { ProfileForm } from "@/components/users/profile-form";
import { profileFormValues } from "@/components/users/profile-values";
import { UserAvatar } from "@/components/users/user-avatar";
import { getOwnProfile } from "@/lib/users/get-user-profile";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const actor = await requireSessionActor("/account");
  const user = await getOwnProfile(actor);
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <div className="flex items-center gap-3">
        <UserAvatar user={user} size="size-12" />
        <h1 className="text-2xl font-semibold tracking-tight">Account</h1>
      </div>
      <section aria-labelledby="profile-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
        <h2 id="profile-heading" className="mb-4 text-base font-semibold">
          Profile
        </h2>
        <ProfileForm userId={user.id} defaultValues={profileFormValues(user)} />
      </section>
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
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="delete-heading" className="rounded-xl border border-red-200 bg-white p-5 shadow-sm sm:p-6">
        <h2 id="delete-heading" className="text-base font-semibold text-red-800">
          Delete account
        </h2>
        <p className="mt-1 mb-4 text-sm text-slate-600">
          You are signed out everywhere and cannot sign in again; an admin can restore the account. Events you are the last owner of must
          get another owner first.
        </p>
        <DeleteAccountButton />
      </section>
    </div>
  );
}
