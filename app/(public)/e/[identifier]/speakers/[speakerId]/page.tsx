import type { Metadata } from "next";
import { eventImageUrl } from "@/components/events/event-image";
import { previewText, shareMetadata } from "@/lib/public/share-metadata";
import { notFound } from "next/navigation";
import { cache } from "react";
import { SubscribeBox } from "@/components/calendar/subscribe-box";
import { httpUrl, profileUrl } from "@/components/public/links";
import { ExternalLinks, ProfilePage, ProfileSection, ProfileText } from "@/components/public/profile-page";
import { SessionSummary } from "@/components/public/session-summary";
import { formatSlot } from "@/components/schedule/format";
import { affiliation } from "@/components/speakers/affiliation";
import { SpeakerPhoto } from "@/components/speakers/speaker-photo";
import { loadPublicSpeaker } from "@/lib/public/load-public-pages";
import { feedLinks, speakerFeedPath } from "@/lib/feeds/urls";
import { findStarredSessionIds } from "@/lib/stars/find-starred-sessions";
import { loadPublicEvent, pathId, requestOrigin } from "../../load-event";

interface Props {
  params: Promise<{ identifier: string; speakerId: string }>;
}

const load = cache(async (identifier: string, speakerId: string) => {
  const { actor, event, listed } = await loadPublicEvent(identifier);
  const found = listed ? await loadPublicSpeaker(event.id, pathId(speakerId)) : null;
  if (!found) notFound();
  return { actor, event, ...found };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { identifier, speakerId } = await params;
  const { event, speaker } = await load(identifier, speakerId);
  return shareMetadata({
    origin: await requestOrigin(),
    path: `/e/${encodeURIComponent(event.identifier)}/speakers/${speaker.id}`,
    title: `${speaker.name} · ${event.name}`,
    description: previewText(speaker.shortBiography ?? speaker.longBiography),
    image: speaker.photoUrl ?? eventImageUrl(event),
    type: "profile",
  });
}

export default async function PublicSpeakerPage({ params }: Props) {
  const { identifier, speakerId } = await params;
  const { actor, event, speaker, sessions, timezone } = await load(identifier, speakerId);
  const starred = actor ? await findStarredSessionIds(actor, event.id) : null;
  const base = `/e/${encodeURIComponent(event.identifier)}`;
  // Email and mobile are never loaded for public pages (lib/public/load-public-pages.ts).
  const profiles = [
    ["Website", httpUrl(speaker.website)],
    ["X / Twitter", profileUrl(speaker.twitter, "https://x.com")],
    ["GitHub", profileUrl(speaker.github, "https://github.com")],
    ["LinkedIn", httpUrl(speaker.linkedin)],
  ] as const;

  return (
    <ProfilePage
      event={event}
      parent={{ label: "Speakers", href: `${base}/speakers` }}
      header={
        <header className="flex flex-col gap-4 sm:flex-row sm:items-center">
          <SpeakerPhoto speaker={{ ...speaker, iconImageUrl: null }} size="size-28" />
          <div className="space-y-1">
            <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{speaker.name}</h1>
            {affiliation(speaker) ? <p className="text-slate-700">{affiliation(speaker)}</p> : null}
            {speaker.city || speaker.country ? <p className="text-sm text-slate-500">{[speaker.city, speaker.country].filter(Boolean).join(", ")}</p> : null}
            <ExternalLinks links={profiles} />
          </div>
        </header>
      }
    >
      <ProfileText id="bio" title="About" long={speaker.longBiography} short={speaker.shortBiography} />

      <ProfileSection id="sessions" title="Sessions" className="space-y-3">
        <ul className="space-y-2">
          {sessions.map((session) => (
            <li key={session.id}>
              <SessionSummary
                identifier={event.identifier}
                session={session}
                time={session.startsAt && session.endsAt ? formatSlot(new Date(session.startsAt), new Date(session.endsAt), timezone) : "Time to be announced"}
                starred={starred ? starred.has(session.id) : null}
              />
            </li>
          ))}
        </ul>
      </ProfileSection>

      <SubscribeBox
        id="speaker-calendar"
        title={`${speaker.name}'s sessions in your calendar`}
        description="A feed of this speaker's sessions that follows schedule changes."
        links={feedLinks(await requestOrigin(), speakerFeedPath(speaker.id))}
      />
    </ProfilePage>
  );
}
