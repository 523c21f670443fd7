import "server-only";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { orNotFound } from "@/components/server/or-not-found";
import { getSessionActor } from "@/lib/auth/session";
import { getEvent } from "@/lib/events/get-event";
import { isPublicEvent } from "@/lib/public/load-public-pages";
import { siteOrigin } from "@/lib/feeds/site-origin";
import { parseRowId } from "@/lib/jsonapi/input";

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
