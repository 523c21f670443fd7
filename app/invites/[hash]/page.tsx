import type { Metadata } from "next";
import Link from "next/link";
import { InviteResponse } from "@/components/team/invite-response";
import { buttonClasses } from "@/components/ui/button";
import { getSessionActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { formatEventRange } from "@/lib/format/dates";
import { getInviteByHash, type InviteSummary } from "@/lib/role-invites/invite-by-hash";

export const metadata: Metadata = { title: "Invitation", robots: { index: false } };

/**
 * The page behind the e-mailed accept link. The link's secret is the only credential needed to
 * see what the invite is for; answering it needs the invited account, which a visitor without
 * one creates on the way (sign-up returns here with the address filled in).
 */
export default async function InvitePage({ params }: { params: Promise<{ hash: string }> }) {
  const { hash } = await params;
  const [invite, actor] = await Promise.all([findInvite(hash), getSessionActor()]);
  const here = `/invites/${encodeURIComponent(hash)}`;

  return (
    <div className="mx-auto w-full max-w-md py-4 sm:py-10">
      <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
        {!invite ? (
          <>
            <h1 className="text-xl font-semibold tracking-tight">This invite is no longer valid</h1>
            <p className="text-sm text-slate-600">It may have been revoked. Ask the organizers for a new one.</p>
          </>
        ) : (
          <>
            <h1 className="text-xl font-semibold tracking-tight">
              You are invited to join {invite.event.name} as {invite.roleTitle}
            </h1>
            <p className="text-sm text-slate-600">
              {formatEventRange(invite.event.startsAt, invite.event.endsAt, invite.event.timezone)}
              <br />
              Invitation for <span className="font-medium text-slate-800">{invite.email}</span>
            </p>
            <Answer invite={invite} hash={hash} here={here} actorEmail={actor?.email ?? null} />
          </>
        )}
      </div>
    </div>
  );
}

function Answer({ invite, hash, here, actorEmail }: { invite: InviteSummary; hash: string; here: string; actorEmail: string | null }) {
  const dashboard = `/events/${encodeURIComponent(invite.event.identifier)}`;
  if (invite.status === "declined") return <p role="status" className="text-sm text-slate-700">You declined this invite.</p>;
  if (!actorEmail) {
    const back = encodeURIComponent(here);
    return (
      <div className="space-y-3">
        <p className="text-sm text-slate-600">Sign in with {invite.email} to answer, or create an account with that address.</p>
        <div className="flex flex-wrap gap-2">
          <Link href={`/sign-in?callbackUrl=${back}`} className={buttonClasses("primary")}>
            Sign in to accept
          </Link>
          <Link href={`/sign-up?callbackUrl=${back}&email=${encodeURIComponent(invite.email)}`} className={buttonClasses("secondary")}>
            Create account
          </Link>
        </div>
      </div>
    );
  }
  if (actorEmail.toLowerCase() !== invite.email.toLowerCase()) {
    return (
      <p role="alert" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
        You are signed in as {actorEmail}, but this invite is for {invite.email}.{" "}
        <Link href="/sign-out" className="font-medium underline">
          Sign out
        </Link>{" "}
        and sign in with the invited address to answer it.
      </p>
    );
  }
  if (invite.status === "accepted") {
    return (
      <p role="status" className="text-sm text-slate-700">
        You accepted this invite.{" "}
        <Link href={dashboard} className="font-medium text-brand-700 underline">
          Go to the event
        </Link>
      </p>
    );
  }
  return <InviteResponse hash={hash} />;
}

async function findInvite(hash: string): Promise<InviteSummary | null> {
  try {
    return await getInviteByHash(hash);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  }
}
