import type { Metadata } from "next";
import Link from "next/link";
import { AuthHeading } from "@/components/account/auth-page";
import { Button } from "@/components/ui/button";
import { getSessionActor } from "@/lib/auth/session";
import { signOutAction } from "../actions";

export const metadata: Metadata = { title: "Sign out" };

// Signing out is a POST (a form), never a GET, so a link or prefetch cannot sign anyone out.
export default async function SignOutPage() {
  const actor = await getSessionActor();
  if (!actor) {
    return (
      <>
        <AuthHeading title="You are signed out" />
        <p className="mt-4 text-sm text-slate-600">
          <Link href="/sign-in" className="font-medium text-brand-700 underline-offset-2 hover:underline">
            Sign in again
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <AuthHeading title="Sign out" />
      <p className="mt-1 text-sm text-slate-600">
        You are signed in as <span className="font-medium text-slate-800">{actor.email}</span>.
      </p>
      <form action={signOutAction} className="mt-6">
        <Button type="submit" className="w-full">
          Sign out
        </Button>
      </form>
    </>
  );
}
