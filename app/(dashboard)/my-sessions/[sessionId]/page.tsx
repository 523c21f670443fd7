import type { Metadata } from "next";
import { Breadcrumb } from "@/components/dashboard/breadcrumb";
import { orNotFound } from "@/components/server/or-not-found";
import { RichText } from "@/components/public/rich-text";
import { SessionStateBadge } from "@/components/sessions/state-badge";
import { buttonClasses } from "@/components/ui/button";
import { requireSessionActor } from "@/lib/auth/session";
import { MyFormEditor } from "@/components/speaker/my-form-editor";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { editMyProposalAction, withdrawMyProposalAction } from "@/lib/my-sessions/actions";
import { getMyProposalEditing } from "@/lib/my-sessions/edit-my-proposal";
import { getMySession } from "@/lib/my-sessions/find-my-sessions";
import { formatSessionTime } from "@/lib/my-sessions/format";

export const metadata: Metadata = { title: "My session" };

export default async function MySessionPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const actor = await requireSessionActor(`/my-sessions/${encodeURIComponent(sessionId)}`);
  // Someone else's session answers 404 like a missing one.
  const [session, editing] = await orNotFound(Promise.all([getMySession(actor, sessionId), getMyProposalEditing(actor, sessionId)]));
  const abstract = session.longAbstract ?? session.shortAbstract;
  const details = [
    { label: "Event", value: session.event.name },
    { label: "When", value: formatSessionTime(session, session.event.timezone) },
    { label: "Room", value: session.microlocation?.name ?? "Not assigned yet" },
    { label: "Session type", value: session.sessionType?.name ?? "None" },
  ];

  return (
    <div className="space-y-6">
      <Breadcrumb trail={[{ label: "My sessions", href: "/my-sessions" }, { label: session.title }]} />
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">{session.title}</h1>
        {session.subtitle ? <p className="text-slate-600">{session.subtitle}</p> : null}
        <p className="flex items-center gap-2 text-sm text-slate-600">
          State:{" "}
          <span className="capitalize" data-testid="session-state">
            <SessionStateBadge state={session.state} />
          </span>
        </p>
      </div>

      <dl className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 text-sm shadow-sm sm:grid-cols-2">
        {details.map((item) => (
          <div key={item.label}>
            <dt className="font-medium text-slate-500">{item.label}</dt>
            <dd className="mt-0.5 text-slate-900">{item.value}</dd>
          </div>
        ))}
        <div>
          <dt className="font-medium text-slate-500">Track</dt>
          <dd className="mt-0.5 flex items-center gap-2 text-slate-900">
            {session.track ? (
              <>
                <span aria-hidden="true" className="size-3 rounded-full" style={{ backgroundColor: session.track.color }} />
                {session.track.name}
              </>
            ) : (
              "None"
            )}
          </dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="font-medium text-slate-500">Speakers</dt>
          <dd className="mt-0.5 text-slate-900">
            {session.speakers.length ? session.speakers.map((speaker) => speaker.name).join(", ") : "None yet"}
          </dd>
        </div>
      </dl>

      <section aria-labelledby="abstract" className="space-y-2">
        <h2 id="abstract" className="text-lg font-semibold">
          Abstract
        </h2>
        {abstract ? (
          <RichText html={abstract} className="text-slate-800" />
        ) : (
          <p className="text-sm text-slate-500">No abstract yet.</p>
        )}
      </section>

      {editing.withdrawable ? (
        <ConfirmButton
          label="Withdraw proposal"
          dialog={{ title: "Withdraw this proposal?", text: `“${session.title}” will no longer be considered; the organizers are told.` }}
          confirmLabel="Withdraw"
          pendingLabel="Withdrawing…"
          action={withdrawMyProposalAction.bind(null, String(session.id))}
        />
      ) : null}

      <section aria-labelledby="edit-proposal" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="edit-proposal" className="text-lg font-semibold">
          Your proposal
        </h2>
        {editing.editable ? (
          <MyFormEditor
            form="session"
            idPrefix="my-proposal"
            definition={editing.definition}
            defaultValues={editing.values}
            choices={{ trackId: editing.tracks, sessionTypeId: editing.types }}
            save={editMyProposalAction.bind(null, String(session.id))}
            back={{ href: "/my-sessions", label: "Back to my sessions" }}
            submitLabel="Save proposal"
          />
        ) : (
          <p className="text-sm text-slate-600">
            {session.state === "withdrawn"
              ? "You withdrew this proposal."
              : "It can no longer be changed: proposals are open to changes while they are drafts or under review, or while the call for speakers is open."}
          </p>
        )}
      </section>

      {session.slidesUrl ? (
        <a href={session.slidesUrl} download className={buttonClasses("secondary")} rel="noopener noreferrer">
          Download slides
        </a>
      ) : null}
    </div>
  );
}
