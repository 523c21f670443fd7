import Link from "next/link";
import { SpeakerPhoto } from "@/components/speakers/speaker-photo";
import { sessionFeedPath } from "@/lib/feeds/urls";
import type { PublicSessionItem } from "@/lib/public/load-public-pages";
import { StarButton } from "./star-button";
import { TrackBadge } from "./track-badge";

/** One session in a list: title (linking to its page), time, room, track, type, speakers, its calendar file, star. */
export function SessionSummary({
  identifier,
  session,
  time,
  starred,
  mark,
}: {
  identifier: string;
  session: PublicSessionItem;
  /** Preformatted time range in the event's zone, if shown. */
  time?: string;
  /** The account's star; null when signed out (the star is kept in the browser). */
  starred: boolean | null;
  /** "now": running; "next": starts next (while the event runs). */
  mark?: "now" | "next";
}) {
  const base = `/e/${encodeURIComponent(identifier)}`;
  return (
    <article className="flex gap-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm sm:p-4">
      {session.track ? (
        <span aria-hidden="true" className="w-1 shrink-0 rounded-full" style={{ backgroundColor: session.track.color }} />
      ) : null}
      <div className="min-w-0 flex-1 space-y-1.5">
        {mark ? (
          <p className="text-xs font-semibold uppercase tracking-wide text-red-700">{mark === "now" ? "Happening now" : "Up next"}</p>
        ) : null}
        <h3 className="break-words font-semibold leading-snug">
          <Link href={`${base}/sessions/${session.id}`} className="text-slate-900 hover:text-brand-700 hover:underline">
            {session.title}
          </Link>
        </h3>
        {session.subtitle ? <p className="text-sm text-slate-600">{session.subtitle}</p> : null}
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
          {time ? <span>{time}</span> : null}
          {session.room ? <span>{session.room}</span> : null}
          {session.track ? <TrackBadge track={session.track} /> : null}
          {session.type ? <span>{session.type}</span> : null}
          {session.startsAt ? (
            <a href={sessionFeedPath(session.id)} className="text-brand-700 hover:underline">
              <span className="sr-only">Calendar file </span>.ics
            </a>
          ) : null}
        </p>
        {session.speakers.length ? (
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Speakers">
            {session.speakers.map((speaker) => (
              <li key={speaker.id} className="flex items-center gap-1.5">
                <SpeakerPhoto speaker={speaker} size="size-6" />
                <Link href={`${base}/speakers/${speaker.id}`} className="text-slate-700 hover:underline">
                  {speaker.name}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <StarButton sessionId={session.id} title={session.title} starred={starred} />
    </article>
  );
}
