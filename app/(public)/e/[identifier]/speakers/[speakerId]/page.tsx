import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { SubscribeBox } from "@/components/calendar/subscribe-box";
import { httpUrl, profileUrl } from "@/components/public/links";
import { RichText } from "@/components/public/rich-text";
import { SessionSummary } from "@/components/public/session-summary";
import { formatSlot } from "@/components/schedule/format";
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
  return { title: `${speaker.name} · ${event.name}` };
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
  ].filter((entry): entry is [string, string] => entry[1] !== null);

  return (
    <article className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
        <ol className="flex flex-wrap items-center gap-1">
          <li>
            <Link href={base} className="hover:underline">
              {event.name}
            </Link>
          </li>
          <li aria-hidden="true">/</li>
          <li>
            <Link href={`${base}/speakers`} className="hover:underline">
              Speakers
            </Link>
          </li>
        </ol>
      </nav>

      <header className="flex flex-col gap-4 sm:flex-row sm:items-center">
        <SpeakerPhoto speaker={{ ...speaker, iconImageUrl: null }} size="size-28" />
        <div className="space-y-1">
          <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{speaker.name}</h1>
          {speaker.position || speaker.organisation ? (
            <p className="text-slate-700">{[speaker.position, speaker.organisation].filter(Boolean).join(", ")}</p>
          ) : null}
          {speaker.city || speaker.country ? <p className="text-sm text-slate-500">{[speaker.city, speaker.country].filter(Boolean).join(", ")}</p> : null}
          {profiles.length ? (
            <ul className="flex flex-wrap gap-3 text-sm">
              {profiles.map(([label, href]) => (
                <li key={label}>
                  <a href={href} rel="nofollow noopener noreferrer" className="font-medium text-brand-700 hover:underline">
                    {label}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </header>

      {speaker.longBiography || speaker.shortBiography ? (
        <section aria-labelledby="bio" className="space-y-2">
          <h2 id="bio" className="text-lg font-semibold">
            About
          </h2>
          <RichText html={speaker.longBiography || speaker.shortBiography} />
        </section>
      ) : null}

      <section aria-labelledby="sessions" className="space-y-3">
        <h2 id="sessions" className="text-lg font-semibold">
          Sessions
        </h2>
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
      </section>

      <SubscribeBox
        id="speaker-calendar"
        title={`${speaker.name}'s sessions in your calendar`}
        description="A feed of this speaker's sessions that follows schedule changes."
        links={feedLinks(await requestOrigin(), speakerFeedPath(speaker.id))}
      />
    </article>
  );
}
