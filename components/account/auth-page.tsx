import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { firstParam, type SearchParams } from "@/components/server/search-params";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { getSessionActor } from "@/lib/auth/session";

/**
 * Reads a sign-in or sign-up page's query and sends whoever is signed in on to where they were
 * going (`callbackUrl`, kept on this site), so the form is only ever shown to someone signed out.
 */
export async function signedOutOnly(searchParams: SearchParams): Promise<{ params: Awaited<SearchParams>; callbackUrl: string }> {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(firstParam(params.callbackUrl));
  if (await getSessionActor()) redirect(callbackUrl);
  return { params, callbackUrl };
}

/** `path`, keeping a `callbackUrl` other than the default one (My events). */
export function withCallback(path: string, callbackUrl: string): string {
  return callbackUrl === "/events" ? path : `${path}?callbackUrl=${encodeURIComponent(callbackUrl)}`;
}

/** The title of an account card (sign in, sign up, reset) and the line under it. */
export function AuthHeading({ title, lead }: { title: string; lead?: string }) {
  return (
    <>
      <h1 className="text-xl font-semibold tracking-tight">{title}</h1>
      {lead ? <p className="mt-1 text-sm text-slate-600">{lead}</p> : null}
    </>
  );
}

/** "New to Open Event? Create an account" under an account card's form. */
export function AuthFootnote({ href, link, children }: { href: string; link: string; children: ReactNode }) {
  return (
    <p className="mt-6 text-sm text-slate-600">
      {children}{" "}
      <Link href={href} className="font-medium text-brand-700 underline-offset-2 hover:underline">
        {link}
      </Link>
    </p>
  );
}
