import "server-only";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { eventImageUrl } from "@/components/events/event-image";
import { orNotFound } from "@/components/server/or-not-found";
import type { SearchParams } from "@/components/server/search-params";
import { getSessionActor } from "@/lib/auth/session";
import { getEvent } from "@/lib/events/get-event";
import { isPublicEvent } from "@/lib/public/load-public-pages";
import { siteOrigin } from "@/lib/feeds/site-origin";
import { parseRowId } from "@/lib/jsonapi/input";
import { previewText, shareMetadata } from "@/lib/public/share-metadata";

/** What a page of the public event site is handed. */
export interface PublicPageProps {
  params: Promise<{ identifier: string }>;
  searchParams: SearchParams;
}

/**
 * The event of a public page, once per request (metadata and page share it): drafts and
 * private events are 404 unless the viewer is on the event's team (the service scopes it).
 * `listed` says whether the public sees it, i.e. whether schedule, speakers and feeds exist.
 */
export const loadPublicEvent = cache(async (identifier: string) => {
  const actor = await getSessionActor();
  const event = await orNotFound(getEvent(actor, identifier));
  return { actor, event, listed: isPublicEvent(event) };
});

/** The origin the visitor uses, for absolute feed links. */
export async function requestOrigin(): Promise<string> {
  return siteOrigin(await headers());
}

/** A numeric path id, else the 404 page (the same answer as a missing row). */
export function pathId(value: string): number {
  return parseRowId(value) ?? notFound();
}

/**
 * The link preview and canonical URL of an event page (`section` "" is the overview, else
 * "schedule", "speakers"): the event's image, and its description or the section's line.
 */
export async function eventPageMetadata(identifier: string, section?: { path: string; title: string; description: (name: string) => string }): Promise<Metadata> {
  const { event } = await loadPublicEvent(identifier);
  return shareMetadata({
    origin: await requestOrigin(),
    path: `/e/${encodeURIComponent(event.identifier)}${section ? `/${section.path}` : ""}`,
    title: section ? `${section.title} · ${event.name}` : event.name,
    description: section ? section.description(event.name) : previewText(event.description),
    image: eventImageUrl(event),
  });
}
