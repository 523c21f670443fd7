import { db } from "../db";
import { AppError, notFound } from "../errors";
import { renderICal } from "../export/render-ical";
import { loadExportData } from "../export-jobs/load-export-data";
import { publicSessionWhere } from "../sessions/scope";
import { CALENDAR_TOKEN_PATTERN } from "./calendar-token";
import type { Feed } from "./http";
import { feedLastModified } from "./last-modified";
import { mergeCalendars } from "./merge-calendars";

export const PERSONAL_FEED_NAME = "My starred sessions (Open Event)";

/**
 * The personal feed behind a calendar token: the owner's starred sessions across events, but
 * only those the public may see right now (a starred talk that is later rejected, or whose event
 * goes private, drops out). An unknown, rotated or revoked token is NOT_FOUND.
 *
 * One export load per event with starred sessions (each a constant number of queries).
 */
export async function getPersonalFeed(token: string): Promise<Feed> {
  if (!CALENDAR_TOKEN_PATTERN.test(token)) throw notFound("Calendar");
  const user = await db.user.findFirst({ where: { calendarToken: token, deletedAt: null }, select: { id: true } });
  if (!user) throw notFound("Calendar");

  const stars = await db.sessionStar.findMany({
    where: { userId: user.id },
    select: { sessionId: true, session: { select: { eventId: true } } },
  });
  const starredIds = stars.map((star) => star.sessionId);
  // Every starred session counts for the date, also hidden ones: hiding one changes the feed.
  const lastModified = await feedLastModified({
    eventIds: [...new Set(stars.map((star) => star.session.eventId))],
    sessionIds: starredIds,
    userId: user.id,
  });
  const visible = await db.session.findMany({
    where: { AND: [{ id: { in: starredIds } }, publicSessionWhere(null)] },
    select: { id: true, eventId: true, event: { select: { startsAt: true } } },
    orderBy: [{ event: { startsAt: "asc" } }, { eventId: "asc" }],
  });

  const byEvent = new Map<number, number[]>();
  for (const session of visible) byEvent.set(session.eventId, [...(byEvent.get(session.eventId) ?? []), session.id]);
  const calendars = await Promise.all(
    [...byEvent].map(async ([eventId, sessionIds]) => {
      try {
        const data = await loadExportData(eventId, { audience: "public", sessionIds, generatedAt: lastModified });
        return renderICal(data, { sessionIds: new Set(sessionIds) });
      } catch (error) {
        // The event stopped being public between the two reads: it drops out like its sessions.
        if (error instanceof AppError && error.code === "NOT_FOUND") return null;
        throw error;
      }
    }),
  );
  const body = mergeCalendars(
    calendars.filter((calendar) => calendar !== null),
    { name: PERSONAL_FEED_NAME, description: "Sessions you starred on Open Event" },
  );
  return { body, lastModified, filename: "starred-sessions.ics" };
}
