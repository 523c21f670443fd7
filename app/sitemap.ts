import type { MetadataRoute } from "next";
import { headers } from "next/headers";
import { siteOrigin } from "@/lib/feeds/site-origin";
import { loadSitemapEntries, SITEMAP_LIMIT } from "@/lib/public/load-sitemap";

// Lists what is public now, on the host the crawler asked for: rendered per request.
export const dynamic = "force-dynamic";

/** `/sitemap.xml`: public events with their schedule and speakers pages, public sessions and speakers. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = siteOrigin(await headers());
  const { events, sessions, speakers } = await loadSitemapEntries();
  const event = (identifier: string) => `${origin}/e/${encodeURIComponent(identifier)}`;
  return [
    { url: `${origin}/`, changeFrequency: "daily" as const },
    ...events.flatMap((entry) => [
      { url: event(entry.identifier), lastModified: entry.updatedAt },
      { url: `${event(entry.identifier)}/schedule`, lastModified: entry.updatedAt },
      { url: `${event(entry.identifier)}/speakers`, lastModified: entry.updatedAt },
    ]),
    ...sessions.map((entry) => ({ url: `${event(entry.identifier)}/sessions/${entry.id}`, lastModified: entry.lastModifiedAt })),
    ...speakers.map((entry) => ({ url: `${event(entry.identifier)}/speakers/${entry.id}` })),
  ].slice(0, SITEMAP_LIMIT);
}
