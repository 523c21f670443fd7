import type { Metadata } from "next";
import Link from "next/link";
import { PublicSectionHeader } from "@/components/public/event-nav";
import { affiliation } from "@/components/speakers/affiliation";
import { SpeakerPhoto } from "@/components/speakers/speaker-photo";
import { firstParam } from "@/components/server/search-params";
import { loadPublicSpeakers } from "@/lib/public/load-public-pages";
import { searchSpeakers } from "@/lib/public/speaker-search";
import { eventPageMetadata, loadPublicEvent, type PublicPageProps } from "../load-event";

export async function generateMetadata({ params }: PublicPageProps): Promise<Metadata> {
  return eventPageMetadata((await params).identifier, { path: "speakers", title: "Speakers", description: (name) => `The speakers of ${name}.` });
}

export default async function PublicSpeakersPage({ params, searchParams }: PublicPageProps) {
  const { event, listed } = await loadPublicEvent((await params).identifier);
  const q = (firstParam((await searchParams).q) ?? "").trim().slice(0, 200);
  const all = listed ? await loadPublicSpeakers(event.id) : [];
  const speakers = searchSpeakers(all, q);
  const base = `/e/${encodeURIComponent(event.identifier)}`;

  return (
    <div className="space-y-6">
      <PublicSectionHeader event={event} current="speakers" />
      {all.length ? (
        <form role="search" aria-label="Find speakers" method="get" action={`${base}/speakers`} className="flex flex-col gap-2 sm:flex-row sm:items-end">
          <div className="flex flex-1 flex-col gap-1">
            <label htmlFor="speakers-q" className="text-sm font-medium text-slate-700">
              Search speakers
            </label>
            <input
              id="speakers-q"
              name="q"
              type="search"
              defaultValue={q}
              placeholder="Name, organisation, place or topic"
              className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm sm:max-w-md sm:text-sm"
            />
          </div>
          <button type="submit" className="self-start rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-brand-700 sm:self-auto">
            Search
          </button>
        </form>
      ) : null}
      {q && all.length ? (
        <p role="status" className="text-sm text-slate-600">
          {speakers.length} of {all.length} speakers match “{q}”.{" "}
          <Link href={`${base}/speakers`} className="font-medium text-brand-700 hover:underline">
            Show all
          </Link>
        </p>
      ) : null}
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
                <p className="text-xs text-slate-600">
                  {speaker.isFeatured ? <span className="mr-2 rounded bg-amber-100 px-1.5 py-0.5 font-medium text-amber-900">Featured</span> : null}
                  {speaker.sessionCount} {speaker.sessionCount === 1 ? "session" : "sessions"}
                </p>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-slate-600">
          {q && all.length ? "No speaker matches." : listed ? "Speakers are announced with the schedule." : "Speakers appear here once the event is published and public."}
        </p>
      )}
    </div>
  );
}
