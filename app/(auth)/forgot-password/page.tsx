import type { Metadata } from "next";
import { AuthFootnote, AuthHeading } from "@/components/account/auth-page";
import { ForgotPasswordForm } from "@/components/account/forgot-password-form";

export const metadata: Metadata = { title: "Forgot password" };

export default function ForgotPasswordPage() {
  return (
    <>
      <AuthHeading title="Reset your password" lead="Enter the address you signed up with and we send you a link." />
      <ForgotPasswordForm />
      <AuthFootnote href="/sign-in" link="Sign in">
        Remembered it?
      </AuthFootnote>
    </>
  );
}
