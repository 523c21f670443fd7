import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { EventBreadcrumb } from "@/components/dashboard/breadcrumb";
import { orNotFound } from "@/components/server/or-not-found";
import type { SearchParams } from "@/components/server/search-params";
import { affiliation } from "@/components/speakers/affiliation";
import { SpeakerPhoto } from "@/components/speakers/speaker-photo";
import { buttonClasses } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireSessionActor } from "@/lib/auth/session";
import { getEvent } from "@/lib/events/get-event";
import { rolesAllow } from "@/lib/sessions/scope";
import { SESSION_STATES } from "@/lib/sessions/states";
import {
  parseSpeakerListParams,
  SPEAKER_LIST_PAGE_SIZE,
  speakerListQuery,
  speakerListSearch,
} from "@/lib/speakers/dashboard-query";
import { findEventSpeakers } from "@/lib/speakers/find-speakers";

export const metadata: Metadata = { title: "Speakers" };

interface LoadedSpeaker {
  id: number;
  name: string;
  email: string | null;
  organisation: string | null;
  position: string | null;
  photoUrl: string | null;
  thumbnailImageUrl: string | null;
  iconImageUrl: string | null;
  isFeatured: boolean;
  sessions?: unknown[];
}

export default async function SpeakersPage({
  params,
  searchParams,
}: {
  params: Promise<{ eventId: string }>;
  searchParams: SearchParams;
}) {
  const { eventId } = await params;
  const filters = parseSpeakerListParams(await searchParams);
  const actor = await requireSessionActor(`/events/${encodeURIComponent(eventId)}/speakers${speakerListSearch(filters)}`);
  // The event's team only (as the overview); the list shows contact details.
  const event = await orNotFound(getEvent(actor, eventId, "content.view-private"));
  const { items, count } = await findEventSpeakers(actor, String(event.id), speakerListQuery(filters));
  const speakers = items as unknown as LoadedSpeaker[];
  const base = `/events/${encodeURIComponent(event.identifier)}/speakers`;
  const filtered = Boolean(filters.q || filters.sessions);

  return (
    <div className="space-y-6">
      <EventBreadcrumb event={event} trail={[{ label: "Speakers" }]} />
      <PageHeader
        title="Speakers"
        action={
          rolesAllow(actor, "content.manage", event.actorRoles) ? (
            <Link href={`${base}/new`} className={buttonClasses("primary")}>
              New speaker
            </Link>
          ) : null
        }
      />

      <Form key={speakerListSearch({ ...filters, page: 1 })} action={base} role="search" aria-label="Search speakers" className="flex flex-wrap items-end gap-2">
        <div className="min-w-60 flex-1 space-y-1">
          <label htmlFor="speaker-q" className="block text-sm font-medium text-slate-800">
            Search
          </label>
          <input id="speaker-q" name="q" type="search" defaultValue={filters.q} placeholder="Name, organisation or email" className={inputClasses} />
        </div>
        <div className="min-w-48 space-y-1">
          <label htmlFor="speaker-sessions" className="block text-sm font-medium text-slate-800">
            Sessions
          </label>
          <select id="speaker-sessions" name="sessions" defaultValue={filters.sessions ?? ""} className={inputClasses}>
            <option value="">All speakers</option>
            <option value="any">With a session</option>
            <option value="none">Without a session</option>
            {SESSION_STATES.map((state) => (
              <option key={state} value={state}>
                With a {state} session
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClasses("secondary")}>
          Search
        </button>
        {filtered ? (
          <Link href={base} className={buttonClasses("ghost")}>
            Clear
          </Link>
        ) : null}
      </Form>

      <p role="status" aria-live="polite" className="text-sm text-slate-600">
        {count === 1 ? "1 speaker" : `${count} speakers`}
        {filters.q ? ` match “${filters.q}”` : filtered ? " match the filter" : ""}
      </p>

      {speakers.length ? (
        // relative: the sr-only texts inside are absolutely positioned and would escape the scroller, widening a phone's page.
        <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="w-full min-w-[44rem] text-left text-sm">
            <caption className="sr-only">Speakers</caption>
            <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Name
                </th>
                <th scope="col" className="px-3 py-2">
                  Organisation
                </th>
                <th scope="col" className="px-3 py-2">
                  Email
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Sessions
                </th>
                <th scope="col" className="px-3 py-2">
                  Featured
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {speakers.map((speaker) => (
                <tr key={speaker.id}>
                  <th scope="row" className="px-3 py-2 font-medium">
                    <span className="flex items-center gap-3">
                      <SpeakerPhoto speaker={speaker} size="size-8" />
                      <Link href={`${base}/${speaker.id}`} className="text-brand-700 hover:underline">
                        {speaker.name}
                      </Link>
                    </span>
                  </th>
                  <td className="px-3 py-2">
                    {affiliation(speaker) || <span className="text-slate-400">—</span>}
                  </td>
                  <td className="px-3 py-2">
                    {speaker.email ? (
                      <a href={`mailto:${speaker.email}`} className="hover:underline">
                        {speaker.email}
                      </a>
                    ) : (
                      <span className="text-slate-400">—</span>
                    )}
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{speaker.sessions?.length ?? 0}</td>
                  <td className="px-3 py-2">{speaker.isFeatured ? "Featured" : <span className="sr-only">No</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">
          {filtered ? "No speaker matches this search." : "No speakers yet."}
        </p>
      )}

      <Pagination
        page={filters.page}
        pageSize={SPEAKER_LIST_PAGE_SIZE}
        count={count}
        href={(page) => `${base}${speakerListSearch(filters, page)}`}
      />
    </div>
  );
}
