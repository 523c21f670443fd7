import type { Actor } from "../auth/actor";
import { db } from "../db";
import { requireAdminAccess } from "../auth/require-admin";

/**
 * Open Event's `admin-statistics-user`, the live accounts of each kind (lib/users/categories.ts
 * defines the kinds for the users list; a test keeps the two in step). Open Event counts
 * attendees as distinct ticket-holder addresses; without orders here, they are the users with
 * the attendee role.
 */
export interface AdminUserStatistics {
  superAdmin: number;
  admin: number;
  verified: number;
  unverified: number;
  owner: number;
  organizer: number;
  coorganizer: number;
  attendee: number;
  trackOrganizer: number;
}

/** One aggregate: each user's live roles on live events are gathered once, then counted per kind. */
export async function getAdminUserStatistics(actor: Actor): Promise<AdminUserStatistics> {
  requireAdminAccess(actor);
  const [row] = await db.$queryRaw<AdminUserStatistics[]>`
    SELECT
      count(*) FILTER (WHERE u."isSuperAdmin")::int AS "superAdmin",
      count(*) FILTER (WHERE u."isAdmin" AND NOT u."isSuperAdmin")::int AS admin,
      count(*) FILTER (WHERE u."isVerified" AND NOT u."isAdmin" AND NOT u."isSuperAdmin")::int AS verified,
      count(*) FILTER (WHERE NOT u."isVerified" AND NOT u."isAdmin" AND NOT u."isSuperAdmin")::int AS unverified,
      count(*) FILTER (WHERE 'owner' = ANY(held.roles))::int AS owner,
      count(*) FILTER (WHERE 'organizer' = ANY(held.roles))::int AS organizer,
      count(*) FILTER (WHERE 'coorganizer' = ANY(held.roles))::int AS coorganizer,
      count(*) FILTER (WHERE 'attendee' = ANY(held.roles))::int AS attendee,
      count(*) FILTER (WHERE 'track_organizer' = ANY(held.roles))::int AS "trackOrganizer"
    FROM "User" u
    LEFT JOIN (
      SELECT r."userId", array_agg(DISTINCT role.name::text) AS roles
      FROM "UsersEventsRoles" r
      JOIN "Role" role ON role.id = r."roleId"
      JOIN "Event" e ON e.id = r."eventId"
      WHERE r."deletedAt" IS NULL AND e."deletedAt" IS NULL
      GROUP BY r."userId"
    ) held ON held."userId" = u.id
    WHERE u."deletedAt" IS NULL`;
  return row ?? { superAdmin: 0, admin: 0, verified: 0, unverified: 0, owner: 0, organizer: 0, coorganizer: 0, attendee: 0, trackOrganizer: 0 };
}
