import type { Metadata } from "next";
import Link from "next/link";
import { PublicSectionHeader } from "@/components/public/event-nav";
import { affiliation } from "@/components/speakers/affiliation";
import { SpeakerPhoto } from "@/components/speakers/speaker-photo";
import { loadPublicSpeakers } from "@/lib/public/load-public-pages";
import { loadPublicEvent } from "../load-event";

interface Props {
  params: Promise<{ identifier: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { event } = await loadPublicEvent((await params).identifier);
  return { title: `Speakers · ${event.name}` };
}

export default async function PublicSpeakersPage({ params }: Props) {
  const { event, listed } = await loadPublicEvent((await params).identifier);
  const speakers = listed ? await loadPublicSpeakers(event.id) : [];
  const base = `/e/${encodeURIComponent(event.identifier)}`;

  return (
    <div className="space-y-6">
      <PublicSectionHeader event={event} current="speakers" />
      {speakers.length ? (
        // grid-cols-1 is minmax(0, 1fr): a bare grid column grows to its longest unbroken line.
        <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {speakers.map((speaker) => (
            <li key={speaker.id} className="relative flex items-center gap-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm hover:border-brand-500">
              <SpeakerPhoto speaker={speaker} size="size-14" />
              <div className="min-w-0">
                <p className="font-semibold">
                  {/* The whole card is the link's hit area (after:absolute), one tab stop per speaker. */}
                  <Link href={`${base}/speakers/${speaker.id}`} className="after:absolute after:inset-0 hover:underline">
                    {speaker.name}
                  </Link>
                </p>
                {affiliation(speaker) ? <p className="truncate text-sm text-slate-600">{affiliation(speaker)}</p> : null}
                <p className="text-xs text-slate-500">
                  {speaker.sessionCount} {speaker.sessionCount === 1 ? "session" : "sessions"}
                </p>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-slate-600">{listed ? "Speakers are announced with the schedule." : "Speakers appear here once the event is published and public."}</p>
      )}
    </div>
  );
}
