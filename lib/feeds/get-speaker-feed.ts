import { db } from "../db";
import { notFound } from "../errors";
import { renderICal } from "../export/render-ical";
import { loadExportData } from "../export-jobs/load-export-data";
import { numericId } from "../sessions/access";
import { speakerScope } from "../sessions/scope";
import type { Feed } from "./http";
import { feedLastModified } from "./last-modified";

/**
 * A speaker's public sessions as iCalendar. Only speakers the public may see (those with a
 * public session on a published schedule) have one; others are NOT_FOUND.
 */
export async function getSpeakerFeed(speakerId: string): Promise<Feed> {
  const speaker = await db.speaker.findFirst({
    where: { AND: [{ id: numericId(speakerId, "Speaker") }, speakerScope(null)] },
    select: { id: true, name: true, eventId: true, event: { select: { identifier: true, name: true } } },
  });
  if (!speaker) throw notFound("Speaker");
  // Read before the data: see getEventFeed.
  const lastModified = await feedLastModified({ eventIds: [speaker.eventId], sessionsOfSpeakers: [speaker.id] });
  const data = await loadExportData(speaker.eventId, { audience: "public", speakerId: speaker.id, generatedAt: lastModified });
  return {
    body: renderICal(data, { calendarName: `${speaker.name} at ${speaker.event.name}` }),
    lastModified,
    filename: `${speaker.event.identifier}-speaker-${speaker.id}.ics`,
  };
}
