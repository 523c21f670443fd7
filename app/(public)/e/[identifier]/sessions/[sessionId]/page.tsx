import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { SubscribeBox } from "@/components/calendar/subscribe-box";
import { httpUrl } from "@/components/public/links";
import { RichText } from "@/components/public/rich-text";
import { StarButton } from "@/components/public/star-button";
import { TrackBadge } from "@/components/public/track-badge";
import { formatSlot } from "@/components/schedule/format";
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
  return { title: `${session.title} · ${event.name}` };
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
            <Link href={`${base}/schedule${session.day ? `?day=${session.day}` : ""}`} className="hover:underline">
              Schedule
            </Link>
          </li>
        </ol>
      </nav>

      <header className="space-y-3">
        <div className="flex items-start justify-between gap-3">
          <div className="space-y-1">
            <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{session.title}</h1>
            {session.subtitle ? <p className="text-lg text-slate-600">{session.subtitle}</p> : null}
          </div>
          {starred !== null ? <StarButton sessionId={session.id} title={session.title} starred={starred} /> : null}
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
          {session.room ? (
            <div>
              <dt className="font-medium text-slate-500">Room</dt>
              <dd>{session.room}</dd>
            </div>
          ) : null}
          {session.track ? (
            <div>
              <dt className="font-medium text-slate-500">Track</dt>
              <dd>
                <TrackBadge track={session.track} />
              </dd>
            </div>
          ) : null}
          {session.type ? (
            <div>
              <dt className="font-medium text-slate-500">Type</dt>
              <dd>{session.type}</dd>
            </div>
          ) : null}
          {session.language ? (
            <div>
              <dt className="font-medium text-slate-500">Language</dt>
              <dd>{session.language}</dd>
            </div>
          ) : null}
          {session.level ? (
            <div>
              <dt className="font-medium text-slate-500">Level</dt>
              <dd>{session.level}</dd>
            </div>
          ) : null}
        </dl>
      </header>

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

      {session.longAbstract || session.shortAbstract ? (
        <section aria-labelledby="abstract" className="space-y-2">
          <h2 id="abstract" className="text-lg font-semibold">
            Abstract
          </h2>
          <RichText html={session.longAbstract || session.shortAbstract} />
        </section>
      ) : null}

      {media.length ? (
        <section aria-labelledby="materials" className="space-y-2">
          <h2 id="materials" className="text-lg font-semibold">
            Materials
          </h2>
          <ul className="flex flex-wrap gap-3 text-sm">
            {media.map(([label, href]) => (
              <li key={label}>
                <a href={href} rel="nofollow noopener noreferrer" className="font-medium text-brand-700 hover:underline">
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {session.speakers.length ? (
        <section aria-labelledby="speakers" className="space-y-3">
          <h2 id="speakers" className="text-lg font-semibold">
            {session.speakers.length === 1 ? "Speaker" : "Speakers"}
          </h2>
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
                  {speaker.position || speaker.organisation ? (
                    <p className="text-sm text-slate-600">{[speaker.position, speaker.organisation].filter(Boolean).join(", ")}</p>
                  ) : null}
                  <RichText html={speaker.shortBiography} className="text-sm" />
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
