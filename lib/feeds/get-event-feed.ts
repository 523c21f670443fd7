import { db } from "../db";
import { notFound } from "../errors";
import { eventKey } from "../events/event-key";
import { renderICal } from "../export/render-ical";
import { loadExportData } from "../export-jobs/load-export-data";
import { eventScope } from "../permissions";
import type { Feed } from "./http";
import { feedLastModified } from "./last-modified";

/**
 * The public schedule of a published, public event (by identifier or id) as iCalendar. Drafts,
 * private and deleted events are NOT_FOUND: a feed is anonymous, whoever asks.
 *
 * The newest change is read BEFORE the data, and is the calendar's DTSTAMP, so that the same
 * data always renders the same bytes (same ETag), and a change racing the request can only
 * make Last-Modified too old (one extra download later), never newer than the body.
 */
export async function getEventFeed(idOrIdentifier: string): Promise<Feed> {
  const event = await db.event.findFirst({
    where: { AND: [eventKey(idOrIdentifier), eventScope(null, "event.view")] },
    select: { id: true, identifier: true },
  });
  if (!event) throw notFound("Event");
  const lastModified = await feedLastModified({ eventIds: [event.id], allSessionsOf: [event.id] });
  const data = await loadExportData(event.id, { audience: "public", generatedAt: lastModified });
  return { body: renderICal(data), lastModified, filename: `${event.identifier}.ics` };
}
