import type { Metadata } from "next";
import { eventImageUrl } from "@/components/events/event-image";
import { previewText, shareMetadata } from "@/lib/public/share-metadata";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache, type ReactNode } from "react";
import { SubscribeBox } from "@/components/calendar/subscribe-box";
import { httpUrl } from "@/components/public/links";
import { ExternalLinks, ProfilePage, ProfileSection, ProfileText } from "@/components/public/profile-page";
import { RichText } from "@/components/public/rich-text";
import { StarButton } from "@/components/public/star-button";
import { TrackBadge } from "@/components/public/track-badge";
import { formatSlot } from "@/components/schedule/format";
import { affiliation } from "@/components/speakers/affiliation";
import { SpeakerPhoto } from "@/components/speakers/speaker-photo";
import { loadPublicSession } from "@/lib/public/load-public-pages";
import { feedLinks, sessionFeedPath } from "@/lib/feeds/urls";
import { formatZone } from "@/lib/format/dates";
import { findStarredSessionIds } from "@/lib/stars/find-starred-sessions";
import { loadPublicEvent, pathId, requestOrigin } from "../../load-event";

interface Props {
  params: Promise<{ identifier: string; sessionId: string }>;
}

// Metadata and page need the same session: one load per request.
const load = cache(async (identifier: string, sessionId: string) => {
  const { actor, event, listed } = await loadPublicEvent(identifier);
  const session = listed ? await loadPublicSession(event.id, pathId(sessionId)) : null;
  if (!session) notFound();
  return { actor, event, session };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { identifier, sessionId } = await params;
  const { event, session } = await load(identifier, sessionId);
  return shareMetadata({
    origin: await requestOrigin(),
    path: `/e/${encodeURIComponent(event.identifier)}/sessions/${session.id}`,
    title: `${session.title} · ${event.name}`,
    description: previewText(session.shortAbstract ?? session.longAbstract),
    image: session.speakers[0]?.photoUrl ?? eventImageUrl(event),
    type: "article",
  });
}

export default async function PublicSessionPage({ params }: Props) {
  const { identifier, sessionId } = await params;
  const { actor, event, session } = await load(identifier, sessionId);
  const starred = actor ? (await findStarredSessionIds(actor, event.id)).has(session.id) : null;
  const base = `/e/${encodeURIComponent(event.identifier)}`;
  const media = [
    ["Slides", httpUrl(session.slidesUrl)],
    ["Video", httpUrl(session.videoUrl)],
    ["Audio", httpUrl(session.audioUrl)],
    ["Sign up", httpUrl(session.signupUrl)],
  ] as const;

  return (
    <ProfilePage
      event={event}
      parent={{ label: "Schedule", href: `${base}/schedule${session.day ? `?day=${session.day}` : ""}` }}
      header={
        <header className="space-y-3">
          <div className="flex items-start justify-between gap-3">
            <div className="space-y-1">
              <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{session.title}</h1>
              {session.subtitle ? <p className="text-lg text-slate-600">{session.subtitle}</p> : null}
            </div>
            <StarButton sessionId={session.id} title={session.title} starred={starred} />
          </div>
          <dl className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-sm sm:grid-cols-2">
            <div>
              <dt className="font-medium text-slate-500">When</dt>
              <dd>
                {session.startsAt && session.endsAt ? (
                  <>
                    <time dateTime={session.startsAt}>{formatSlot(new Date(session.startsAt), new Date(session.endsAt), event.timezone)}</time>
                    <span className="block text-slate-500">Time zone: {formatZone(event.timezone, session.startsAt)}</span>
                  </>
                ) : (
                  "Time to be announced"
                )}
              </dd>
            </div>
            <Detail term="Room">{session.room}</Detail>
            <Detail term="Track">{session.track ? <TrackBadge track={session.track} /> : null}</Detail>
            <Detail term="Type">{session.type}</Detail>
            <Detail term="Language">{session.language}</Detail>
            <Detail term="Level">{session.level}</Detail>
          </dl>
        </header>
      }
    >
      {session.startsAt ? (
        <SubscribeBox
          id="add-to-calendar"
          title="Add to calendar"
          description="One event with the time, room and speakers; subscribing keeps it updated if the session moves."
          links={feedLinks(await requestOrigin(), sessionFeedPath(session.id))}
          subscribeLabel="Subscribe to this session"
          downloadLabel="Add to calendar (.ics)"
        />
      ) : null}

      <ProfileText id="abstract" title="Abstract" long={session.longAbstract} short={session.shortAbstract} />

      {media.some(([, href]) => href !== null) ? (
        <ProfileSection id="materials" title="Materials">
          <ExternalLinks links={media} />
        </ProfileSection>
      ) : null}

      {session.speakers.length ? (
        <ProfileSection id="speakers" title={session.speakers.length === 1 ? "Speaker" : "Speakers"} className="space-y-3">
          <ul className="grid gap-3 sm:grid-cols-2">
            {session.speakers.map((speaker) => (
              <li key={speaker.id} className="flex gap-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
                <SpeakerPhoto speaker={speaker} size="size-14" />
                <div className="min-w-0 space-y-1">
                  <p className="font-semibold">
                    <Link href={`${base}/speakers/${speaker.id}`} className="hover:underline">
                      {speaker.name}
                    </Link>
                  </p>
                  {affiliation(speaker) ? <p className="text-sm text-slate-600">{affiliation(speaker)}</p> : null}
                  <RichText html={speaker.shortBiography} className="text-sm" />
                </div>
              </li>
            ))}
          </ul>
        </ProfileSection>
      ) : null}
    </ProfilePage>
  );
}

/** One fact about the session, left out when it is not known. */
function Detail({ term, children }: { term: string; children: ReactNode }) {
  if (children == null || children === "") return null;
  return (
    <div>
      <dt className="font-medium text-slate-500">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
