import type { Actor } from "../auth/actor";
import { db } from "../db";
import { requireAdminAccess } from "../auth/require-admin";

/**
 * Open Event's `admin-statistics-session`: the platform's live sessions by state. OES counts a
 * `submitted` state that its sessions no longer have (always 0); here it means every session
 * proposed, i.e. all but drafts, as the event statistics' `sessions-submitted` does.
 */
export interface AdminSessionStatistics {
  draft: number;
  submitted: number;
  accepted: number;
  confirmed: number;
  pending: number;
  rejected: number;
  withdrawn: number;
  canceled: number;
}

/**
 * One aggregate. Deleted sessions and the sessions of deleted events are not counted: admins do
 * not see them in any list either (lib/sessions/scope.ts).
 */
export async function getAdminSessionStatistics(actor: Actor): Promise<AdminSessionStatistics> {
  requireAdminAccess(actor);
  const [row] = await db.$queryRaw<AdminSessionStatistics[]>`
    SELECT
      count(*) FILTER (WHERE s.state = 'draft')::int AS draft,
      count(*) FILTER (WHERE s.state <> 'draft')::int AS submitted,
      count(*) FILTER (WHERE s.state = 'accepted')::int AS accepted,
      count(*) FILTER (WHERE s.state = 'confirmed')::int AS confirmed,
      count(*) FILTER (WHERE s.state = 'pending')::int AS pending,
      count(*) FILTER (WHERE s.state = 'rejected')::int AS rejected,
      count(*) FILTER (WHERE s.state = 'withdrawn')::int AS withdrawn,
      count(*) FILTER (WHERE s.state = 'canceled')::int AS canceled
    FROM "Session" s
    JOIN "Event" e ON e.id = s."eventId"
    WHERE s."deletedAt" IS NULL AND e."deletedAt" IS NULL`;
  return row ?? { draft: 0, submitted: 0, accepted: 0, confirmed: 0, pending: 0, rejected: 0, withdrawn: 0, canceled: 0 };
}
