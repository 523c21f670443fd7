import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EventBreadcrumb } from "@/components/dashboard/breadcrumb";
import { orNotFound } from "@/components/server/or-not-found";
import { getSessionsEvent } from "@/lib/dashboard/get-sessions-event";
import { SessionForm, type SessionFormValues } from "@/components/sessions/session-form";
import { SessionStateActions } from "@/components/sessions/session-state-actions";
import { Card } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { PageHeader } from "@/components/ui/page-header";
import { requireSessionActor } from "@/lib/auth/session";
import { getFormDefinition } from "@/lib/custom-forms/get-form-definition";
import { formatEventRange, toZoneWallTime } from "@/lib/format/dates";
import { loadedSessionAbilities } from "@/lib/sessions/access";
import { deleteSessionAction } from "@/lib/sessions/actions";
import { getSession } from "@/lib/sessions/get-session";
import { offeredTransitions } from "@/lib/sessions/states";

export const metadata: Metadata = { title: "Session" };

interface LoadedSpeaker {
  id: number;
  name: string;
  email: string | null;
  organisation: string | null;
  userId: number | null;
}

const isAnswers = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

export default async function SessionPage({ params }: { params: Promise<{ eventId: string; sessionId: string }> }) {
  const { eventId, sessionId } = await params;
  const actor = await requireSessionActor(`/events/${encodeURIComponent(eventId)}/sessions/${encodeURIComponent(sessionId)}`);
  const { event, tracks, rooms, types } = await orNotFound(getSessionsEvent(actor, eventId));
  const definition = await getFormDefinition(actor, event.id, "session");
  const session = await orNotFound(getSession(actor, sessionId, { include: { speakers: {} } }));
  // A session of another event under this event's URL would show the wrong zone and lists.
  if (session.eventId !== event.id) notFound();

  const speakers = (session.speakers ?? []) as LoadedSpeaker[];
  const abilities = loadedSessionAbilities(actor, event.actorRoles, session);
  const transitions = offeredTransitions(session.state, abilities);

  const zone = event.timezone;
  const defaults: SessionFormValues = {
    title: session.title,
    subtitle: session.subtitle ?? "",
    shortAbstract: session.shortAbstract ?? "",
    longAbstract: session.longAbstract ?? "",
    language: session.language ?? "",
    level: session.level ?? "",
    trackId: session.trackId ? String(session.trackId) : "",
    microlocationId: session.microlocationId ? String(session.microlocationId) : "",
    sessionTypeId: session.sessionTypeId ? String(session.sessionTypeId) : "",
    startsAt: session.startsAt ? toZoneWallTime(session.startsAt, zone) : "",
    endsAt: session.endsAt ? toZoneWallTime(session.endsAt, zone) : "",
    slidesUrl: session.slidesUrl ?? "",
    videoUrl: session.videoUrl ?? "",
    audioUrl: session.audioUrl ?? "",
    comments: session.comments ?? "",
    isLocked: session.isLocked,
    state: session.state,
    speakers: speakers.map(({ id, name, email, organisation }) => ({ id, name, email, organisation })),
    complexFieldValues: isAnswers(session.complexFieldValues) ? session.complexFieldValues : {},
  };
  const base = `/events/${encodeURIComponent(event.identifier)}/sessions`;

  return (
    <div className="space-y-6">
      <EventBreadcrumb event={event} trail={[{ label: "Sessions", href: base }, { label: session.title }]} />
      <PageHeader
        title={session.title}
        description={session.startsAt && session.endsAt ? `${formatEventRange(session.startsAt, session.endsAt, zone)} (${zone})` : "Not scheduled yet"}
      />

      <SessionStateActions sessionId={session.id} state={session.state} transitions={transitions} />

      {abilities.organizer ? (
        <SessionForm
          mode="edit"
          eventId={event.identifier}
          sessionId={session.id}
          zone={zone}
          eventStart={toZoneWallTime(event.startsAt, zone)}
          eventEnd={toZoneWallTime(event.endsAt, zone)}
          tracks={tracks}
          rooms={rooms}
          types={types}
          definition={definition}
          defaultValues={defaults}
        />
      ) : (
        <p className="text-sm text-slate-600">Only organizers can change this session&rsquo;s details.</p>
      )}

      {abilities.organizer ? (
        <Card
          id="delete-session"
          tone="danger"
          title="Delete session"
          description="Removes the session from the programme and from its speakers’ pages."
        >
          <div className="mt-4">
            <ConfirmButton
              label="Delete session"
              dialog={{ title: "Delete this session?", text: `“${session.title}” will be removed. This cannot be undone.` }}
              confirmLabel="Delete"
              pendingLabel="Deleting…"
              action={deleteSessionAction.bind(null, String(session.id))}
              failure="That could not be deleted."
              redirectTo={base}
            />
          </div>
        </Card>
      ) : null}
    </div>
  );
}
