import { db } from "../db";

/** What a feed shows, for finding its newest change. */
export interface FeedSources {
  /** Events whose own row the feed shows (calendar name, location, contact address). */
  eventIds: readonly number[];
  /** Every session of these events is involved (the whole-event feed). */
  allSessionsOf?: readonly number[];
  /** These sessions are involved, in any state: leaving the public states is a change too. */
  sessionIds?: readonly number[];
  /** Every session of these speakers is involved, and the speakers themselves (a speaker feed). */
  sessionsOfSpeakers?: readonly number[];
  /** The owner of a personal feed: starring, unstarring and token changes touch the user row. */
  userId?: number;
}

/**
 * The newest change among the rows a feed shows, in one query: the events, the sessions
 * (`updatedAt`, soft deletion), their speakers (`updatedAt`, deletion), rooms, tracks and
 * session types. `updatedAt` is the database's own write time; `Session.lastModifiedAt` is not
 * used because it is content (imports and the demo seed carry other systems' dates, some in the
 * future) and every service that sets it writes the row, which moves `updatedAt` anyway. Rooms, tracks and session types have no `updatedAt` column, so only
 * their creation and deletion count; an edit of one of them changes the feed's ETag (a hash of
 * the body) but not this date. Session↔speaker links have no timestamps either; the session
 * services update the session row when they change them.
 *
 * `GREATEST`/`MAX` skip NULLs, so missing rows and live rows (`deletedAt` NULL) simply do not count.
 */
export async function feedLastModified(sources: FeedSources): Promise<Date> {
  const sessionIds = [...(sources.sessionIds ?? [])];
  const allSessionsOf = [...(sources.allSessionsOf ?? [])];
  const speakerIds = [...(sources.sessionsOfSpeakers ?? [])];
  const rows = await db.$queryRaw<{ lastModified: Date | null }[]>`
    WITH s AS (
      SELECT id, "microlocationId", "trackId", "sessionTypeId",
             GREATEST("updatedAt", "deletedAt") AS changed
      FROM "Session"
      WHERE id = ANY(${sessionIds}::int[]) OR "eventId" = ANY(${allSessionsOf}::int[])
         OR id IN (SELECT "sessionId" FROM "SessionSpeaker" WHERE "speakerId" = ANY(${speakerIds}::int[]))
    )
    SELECT GREATEST(
      (SELECT MAX(GREATEST("updatedAt", "deletedAt")) FROM "Event" WHERE id = ANY(${[...sources.eventIds]}::int[])),
      (SELECT MAX(changed) FROM s),
      (SELECT MAX(GREATEST(sp."updatedAt", sp."deletedAt")) FROM "Speaker" sp
        WHERE sp.id = ANY(${speakerIds}::int[])
           OR sp.id IN (SELECT ss."speakerId" FROM "SessionSpeaker" ss JOIN s ON s.id = ss."sessionId")),
      (SELECT MAX(GREATEST(m."createdAt", m."deletedAt")) FROM "Microlocation" m WHERE m.id IN (SELECT "microlocationId" FROM s)),
      (SELECT MAX(GREATEST(t."createdAt", t."deletedAt")) FROM "Track" t WHERE t.id IN (SELECT "trackId" FROM s)),
      (SELECT MAX(GREATEST(y."createdAt", y."deletedAt")) FROM "SessionType" y WHERE y.id IN (SELECT "sessionTypeId" FROM s)),
      (SELECT "updatedAt" FROM "User" WHERE id = ${sources.userId ?? -1})
    ) AS "lastModified"`;
  return rows[0]?.lastModified ?? new Date(0);
}
