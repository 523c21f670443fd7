import { db } from "../db";
import { PUBLIC_SESSION_STATES } from "../sessions/states";

/** What a sitemap may list: public, published, live events, and their public sessions and speakers once the schedule is out. */
const PUBLIC_EVENT = { state: "published", privacy: "public", deletedAt: null } as const;

/** The sitemap protocol's limit per file. */
export const SITEMAP_LIMIT = 50_000;

export interface SitemapEntries {
  events: { identifier: string; updatedAt: Date }[];
  sessions: { id: number; identifier: string; lastModifiedAt: Date }[];
  speakers: { id: number; identifier: string }[];
}

export async function loadSitemapEntries(limit = SITEMAP_LIMIT): Promise<SitemapEntries> {
  const scheduled = { ...PUBLIC_EVENT, schedulePublishedOn: { not: null } };
  const publicSession = { deletedAt: null, state: { in: [...PUBLIC_SESSION_STATES] }, event: scheduled };
  const [events, sessions, speakers] = await Promise.all([
    db.event.findMany({ where: PUBLIC_EVENT, select: { identifier: true, updatedAt: true }, orderBy: { id: "asc" }, take: limit }),
    db.session.findMany({
      where: publicSession,
      select: { id: true, lastModifiedAt: true, event: { select: { identifier: true } } },
      orderBy: { id: "asc" },
      take: limit,
    }),
    db.speaker.findMany({
      where: { deletedAt: null, event: scheduled, sessions: { some: { session: publicSession } } },
      select: { id: true, event: { select: { identifier: true } } },
      orderBy: { id: "asc" },
      take: limit,
    }),
  ]);
  return {
    events,
    sessions: sessions.map((session) => ({ id: session.id, identifier: session.event.identifier, lastModifiedAt: session.lastModifiedAt })),
    speakers: speakers.map((speaker) => ({ id: speaker.id, identifier: speaker.event.identifier })),
  };
}
