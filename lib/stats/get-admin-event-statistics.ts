import type { Actor } from "../auth/actor";
import { db } from "../db";
import { requireAdminAccess } from "../auth/require-admin";

/** Open Event's `admin-statistics-event`: live events by state (`/admin/events?state=…` lists each). */
export interface AdminEventStatistics {
  /** Drafts that have not ended. */
  draft: number;
  /** Published events that have not ended. */
  published: number;
  /** Events that have ended, drafts and published alike. */
  past: number;
}

/**
 * One aggregate over the events. Unlike Open Event, deleted events are left out of `past` too,
 * and an event ends at its `endsAt` exactly, so the three buckets split the live events (OES
 * counts an event ending this very instant nowhere). The buckets are the admin events list's
 * `state` filter (lib/events/admin-events-query.ts); a test keeps the two in step.
 */
export async function getAdminEventStatistics(actor: Actor, now: Date = new Date()): Promise<AdminEventStatistics> {
  requireAdminAccess(actor);
  const [row] = await db.$queryRaw<AdminEventStatistics[]>`
    SELECT
      count(*) FILTER (WHERE state = 'draft' AND "endsAt" > ${now}::timestamp)::int AS draft,
      count(*) FILTER (WHERE state = 'published' AND "endsAt" > ${now}::timestamp)::int AS published,
      count(*) FILTER (WHERE "endsAt" <= ${now}::timestamp)::int AS past
    FROM "Event"
    WHERE "deletedAt" IS NULL`;
  return row ?? { draft: 0, published: 0, past: 0 };
}
