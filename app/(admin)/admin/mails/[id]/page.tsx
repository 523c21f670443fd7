import type { Metadata } from "next";
import Link from "next/link";
import { MailStatusBadge } from "@/components/admin/mail-status-badge";
import { orNotFound } from "@/components/server/or-not-found";
import { requireSessionActor } from "@/lib/auth/session";
import { getMail } from "@/lib/mail/get-mail";

export const metadata: Metadata = { title: "Mail · Admin" };

export default async function AdminMailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireSessionActor(`/admin/mails/${id}`);
  const mail = await orNotFound(getMail(actor, id));
  return (
    <div className="space-y-4">
      <Link href="/admin/mails" className="text-sm text-brand-700 hover:underline">
        ← Mail log
      </Link>
      <h1 className="text-2xl font-semibold tracking-tight">{mail.subject}</h1>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-500">To</dt>
        <dd>{mail.recipient}</dd>
        <dt className="text-slate-500">Time</dt>
        <dd>
          <time dateTime={mail.time.toISOString()}>{mail.time.toISOString().replace("T", " ").slice(0, 19)} UTC</time>
        </dd>
        <dt className="text-slate-500">Action</dt>
        <dd>
          <code className="text-xs">{mail.action}</code>
        </dd>
        <dt className="text-slate-500">Status</dt>
        <dd className="flex items-center gap-2">
          <MailStatusBadge status={mail.status} />
          {mail.attempts > 0 && <span className="text-slate-500">after {mail.attempts} attempt(s)</span>}
          {mail.providerId && <span className="text-slate-500">provider id {mail.providerId}</span>}
        </dd>
        {mail.error && (
          <>
            <dt className="text-slate-500">Error</dt>
            <dd className="text-red-700">{mail.error}</dd>
          </>
        )}
      </dl>
      <section aria-labelledby="html-version" className="space-y-2">
        <h2 id="html-version" className="text-lg font-semibold">
          HTML
        </h2>
        {/* sandbox="" : no scripts, no forms, no same-origin access, no top navigation, even if a
            mail body ever carried active content. */}
        <iframe title="HTML version of the mail" sandbox="" srcDoc={mail.message} className="h-[32rem] w-full rounded-lg border border-slate-200 bg-white" />
      </section>
      <section aria-labelledby="text-version" className="space-y-2">
        <h2 id="text-version" className="text-lg font-semibold">
          Plain text
        </h2>
        <pre className="overflow-x-auto whitespace-pre-wrap rounded-lg border border-slate-200 bg-white p-4 text-sm">{mail.text ?? "(no plain-text version)"}</pre>
      </section>
    </div>
  );
}
