import { db } from "../db";
import { notFound } from "../errors";
import { renderICal } from "../export/render-ical";
import { loadExportData } from "../export-jobs/load-export-data";
import { numericId } from "../sessions/access";
import { publicSessionWhere } from "../sessions/scope";
import type { Feed } from "./http";
import { feedLastModified } from "./last-modified";

/** One public session as iCalendar ("Add to calendar"); anything the public may not see is NOT_FOUND. */
export async function getSessionFeed(sessionId: string): Promise<Feed> {
  const session = await db.session.findFirst({
    where: { AND: [{ id: numericId(sessionId, "Session") }, publicSessionWhere(null)] },
    select: { id: true, eventId: true, event: { select: { identifier: true } } },
  });
  if (!session) throw notFound("Session");
  // Read before the data: see getEventFeed.
  const lastModified = await feedLastModified({ eventIds: [session.eventId], sessionIds: [session.id] });
  const data = await loadExportData(session.eventId, { audience: "public", sessionIds: [session.id], generatedAt: lastModified });
  return {
    body: renderICal(data, { sessionIds: new Set([session.id]) }),
    lastModified,
    filename: `${session.event.identifier}-session-${session.id}.ics`,
  };
}
