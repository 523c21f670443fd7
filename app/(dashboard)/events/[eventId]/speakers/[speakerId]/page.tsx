import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EventBreadcrumb } from "@/components/dashboard/breadcrumb";
import { orNotFound } from "@/components/server/or-not-found";
import { SessionStateBadge } from "@/components/sessions/state-badge";
import { affiliation } from "@/components/speakers/affiliation";
import { SpeakerForm, type SpeakerFormValues } from "@/components/speakers/speaker-form";
import { SpeakerPhoto } from "@/components/speakers/speaker-photo";
import { Card } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { requireSessionActor } from "@/lib/auth/session";
import { getFormDefinition } from "@/lib/custom-forms/get-form-definition";
import { getEvent } from "@/lib/events/get-event";
import { formatEventRange } from "@/lib/format/dates";
import { rolesAllow } from "@/lib/sessions/scope";
import type { SessionState } from "@/lib/sessions/states";
import { deleteSpeakerAction } from "@/lib/speakers/actions";
import { getSpeaker } from "@/lib/speakers/get-speaker";

export const metadata: Metadata = { title: "Speaker" };

interface LoadedSession {
  id: number;
  title: string;
  state: SessionState;
  startsAt: Date | null;
  endsAt: Date | null;
}

const isAnswers = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

export default async function SpeakerPage({ params }: { params: Promise<{ eventId: string; speakerId: string }> }) {
  const { eventId, speakerId } = await params;
  const actor = await requireSessionActor(`/events/${encodeURIComponent(eventId)}/speakers/${encodeURIComponent(speakerId)}`);
  const event = await orNotFound(getEvent(actor, eventId, "content.view-private"));
  const speaker = await orNotFound(getSpeaker(actor, speakerId, { include: { sessions: {} } }));
  const definition = await getFormDefinition(actor, event.id, "speaker");
  // A speaker of another event under this event's URL would mislead; it is simply not here.
  if (speaker.eventId !== event.id) notFound();
  const sessions = (speaker.sessions ?? []) as LoadedSession[];
  const organizer = rolesAllow(actor, "content.manage", event.actorRoles);
  const base = `/events/${encodeURIComponent(event.identifier)}`;

  const defaults: SpeakerFormValues = {
    name: speaker.name,
    email: speaker.email ?? "",
    photoUrl: speaker.photoUrl ?? "",
    organisation: speaker.organisation ?? "",
    position: speaker.position ?? "",
    country: speaker.country ?? "",
    city: speaker.city ?? "",
    gender: speaker.gender ?? "",
    mobile: speaker.mobile ?? "",
    website: speaker.website ?? "",
    twitter: speaker.twitter ?? "",
    github: speaker.github ?? "",
    linkedin: speaker.linkedin ?? "",
    shortBiography: speaker.shortBiography ?? "",
    longBiography: speaker.longBiography ?? "",
    speakingExperience: speaker.speakingExperience ?? "",
    isFeatured: speaker.isFeatured,
    complexFieldValues: isAnswers(speaker.complexFieldValues) ? speaker.complexFieldValues : {},
  };

  return (
    <div className="space-y-6">
      <EventBreadcrumb event={event} trail={[{ label: "Speakers", href: `${base}/speakers` }, { label: speaker.name }]} />
      <div className="flex items-center gap-4">
        <SpeakerPhoto speaker={speaker} size="size-16" />
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{speaker.name}</h1>
          {affiliation(speaker) ? <p className="text-sm text-slate-600">{affiliation(speaker)}</p> : null}
        </div>
      </div>

      <section aria-labelledby="speaker-sessions" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <h2 id="speaker-sessions" className="text-base font-semibold">
          Sessions
        </h2>
        {sessions.length ? (
          <ul className="divide-y divide-slate-100">
            {sessions.map((session) => (
              <li key={session.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <Link href={`${base}/sessions/${session.id}`} className="font-medium text-brand-700 hover:underline">
                    {session.title}
                  </Link>
                  <span className="block text-xs text-slate-500">
                    {session.startsAt && session.endsAt ? formatEventRange(session.startsAt, session.endsAt, event.timezone) : "Not scheduled"}
                  </span>
                </span>
                <SessionStateBadge state={session.state} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">No sessions yet.</p>
        )}
      </section>

      {organizer ? (
        <>
          <SpeakerForm mode="edit" eventId={event.identifier} speakerId={speaker.id} defaultValues={defaults} definition={definition} />
          <Card
            id="delete-speaker"
            tone="danger"
            title="Delete speaker"
            description="Removes the profile; their sessions stay, without this speaker."
          >
            <div className="mt-4">
              <ConfirmButton
                label="Delete speaker"
                dialog={{
                  title: "Delete this speaker?",
                  text: `“${speaker.name}” will be removed from the event and from their sessions. This cannot be undone.`,
                }}
                confirmLabel="Delete"
                pendingLabel="Deleting…"
                action={deleteSpeakerAction.bind(null, String(speaker.id))}
                failure="That could not be deleted."
                redirectTo={`${base}/speakers`}
              />
            </div>
          </Card>
        </>
      ) : null}
    </div>
  );
}
