import type { Metadata } from "next";
import Link from "next/link";
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
        <h1 className="text-xl font-semibold tracking-tight">You are signed out</h1>
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
      <h1 className="text-xl font-semibold tracking-tight">Sign out</h1>
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
