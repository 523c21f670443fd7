import type { Metadata } from "next";
import Link from "next/link";
import { ProposalForm } from "@/components/proposals/proposal-form";
import { orNotFound } from "@/components/server/or-not-found";
import { requireSessionActor } from "@/lib/auth/session";
import { getProposalForm } from "@/lib/proposals/get-proposal-form";

interface Props {
  params: Promise<{ identifier: string }>;
}

export const metadata: Metadata = { title: "Propose a session" };

/** Call for speakers: a signed-in visitor proposes a session to a published event that takes proposals. */
export default async function ProposeSessionPage({ params }: Props) {
  const { identifier } = await params;
  const actor = await requireSessionActor(`/e/${encodeURIComponent(identifier)}/propose`);
  const form = await orNotFound(getProposalForm(actor, identifier));
  const base = `/e/${encodeURIComponent(form.event.identifier)}`;

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div className="space-y-1">
        <p className="text-sm text-slate-600">
          <Link href={base} className="hover:underline">
            {form.event.name}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">Propose a session</h1>
        <p className="text-sm text-slate-600">
          The organizers review every proposal; you can follow yours under{" "}
          <Link href="/my-sessions" className="underline">
            My sessions
          </Link>
          .
        </p>
      </div>
      {form.open ? (
        <ProposalForm identifier={form.event.identifier} tracks={form.tracks} types={form.types} defaultValues={form.defaults} />
      ) : (
        <p role="status" className="rounded-md border border-slate-200 bg-white p-4 text-sm text-slate-700">
          {form.event.name} does not take session proposals at the moment.
        </p>
      )}
    </div>
  );
}
