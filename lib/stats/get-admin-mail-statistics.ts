import type { Actor } from "../auth/actor";
import { db } from "../db";
import { requireAdminAccess } from "../auth/require-admin";

/** Open Event's `admin-statistics-mail`: mails of the last 1, 3, 7 and 30 days (24-hour periods up to now). */
export interface AdminMailStatistics {
  oneDay: number;
  threeDays: number;
  sevenDays: number;
  thirtyDays: number;
}

/** The period of each figure in days: the mail log's `days` filter (`/admin/mails?days=3`) lists the same mails. */
export const MAIL_STATISTICS_DAYS: Record<keyof AdminMailStatistics, number> = { oneDay: 1, threeDays: 3, sevenDays: 7, thirtyDays: 30 };

const DAY_MS = 24 * 60 * 60 * 1000;

/** The moment `days` 24-hour periods before `now` (the lower bound of the mail log's `days` filter). */
export const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

/** One aggregate over the last thirty days of the mail table (its `time` index bounds the scan). */
export async function getAdminMailStatistics(actor: Actor, now: Date = new Date()): Promise<AdminMailStatistics> {
  requireAdminAccess(actor);
  const since = (days: number) => daysBefore(now, days);
  const [row] = await db.$queryRaw<AdminMailStatistics[]>`
    SELECT
      count(*) FILTER (WHERE time >= ${since(1)}::timestamp)::int AS "oneDay",
      count(*) FILTER (WHERE time >= ${since(3)}::timestamp)::int AS "threeDays",
      count(*) FILTER (WHERE time >= ${since(7)}::timestamp)::int AS "sevenDays",
      count(*)::int AS "thirtyDays"
    FROM "Mail"
    WHERE time >= ${since(30)}::timestamp`;
  return row ?? { oneDay: 0, threeDays: 0, sevenDays: 0, thirtyDays: 0 };
}
