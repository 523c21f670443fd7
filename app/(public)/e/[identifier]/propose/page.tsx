import type { Metadata } from "next";
import Link from "next/link";
import { ProposalForm } from "@/components/proposals/proposal-form";
import { orNotFound } from "@/components/server/or-not-found";
import { requireSessionActor } from "@/lib/auth/session";
import { getProposalForm, type ProposalFormData } from "@/lib/proposals/get-proposal-form";

interface Props {
  params: Promise<{ identifier: string }>;
  /** `hash`: the secret of a private call for speakers' link. */
  searchParams: Promise<{ hash?: string | string[] }>;
}

/** Why the form is not shown, in words. */
function closedMessage(form: ProposalFormData): string {
  const when = (date: Date) => new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: form.event.timezone }).format(date);
  switch (form.closedReason) {
    case "private":
      return "This call for speakers is private: open it with the link the organizers shared.";
    case "upcoming":
      return `The call for speakers opens on ${when(form.call!.startsAt)} (${form.event.timezone}).`;
    case "closed":
      return `The call for speakers closed on ${when(form.call!.endsAt)} (${form.event.timezone}).`;
    default:
      return `${form.event.name} does not take session proposals at the moment.`;
  }
}

export const metadata: Metadata = { title: "Propose a session" };

/** Call for speakers: a signed-in visitor proposes a session to a published event that takes proposals. */
export default async function ProposeSessionPage({ params, searchParams }: Props) {
  const { identifier } = await params;
  const { hash } = await searchParams;
  const callHash = typeof hash === "string" && hash ? hash : undefined;
  const back = `/e/${encodeURIComponent(identifier)}/propose${callHash ? `?hash=${encodeURIComponent(callHash)}` : ""}`;
  const actor = await requireSessionActor(back);
  const form = await orNotFound(getProposalForm(actor, identifier, { callHash }));
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
        <ProposalForm
          identifier={form.event.identifier}
          definition={form.definition}
          tracks={form.tracks}
          types={form.types}
          // A new speaker profile takes the account's address unless the speaker gives another.
          defaultValues={{ ...form.defaults, speaker: { email: actor.email, ...form.defaults.speaker } }}
          callHash={callHash}
        />
      ) : (
        <p role="status" className="rounded-md border border-slate-200 bg-white p-4 text-sm text-slate-700">
          {closedMessage(form)}
        </p>
      )}
    </div>
  );
}
