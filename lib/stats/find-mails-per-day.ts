import type { Actor } from "../auth/actor";
import { db } from "../db";
import { requireAdminAccess } from "../auth/require-admin";

/** Days of the series: today and the 29 before it. */
export const MAIL_SERIES_DAYS = 30;

export interface MailsOnDay {
  /** A UTC calendar day, "2027-03-11" (the mail log shows times in UTC; `/admin/mails?date=` lists that day). */
  date: string;
  count: number;
}

/**
 * Mails per UTC day over the last thirty days, oldest first, every day present (zeros
 * included): the admin dashboard's time series. One query: the days come from
 * generate_series and the counts from one grouped scan of the mail table.
 */
export async function findMailsPerDay(actor: Actor, now: Date = new Date()): Promise<MailsOnDay[]> {
  requireAdminAccess(actor);
  const today = now.toISOString().slice(0, 10);
  return db.$queryRaw<MailsOnDay[]>`
    WITH days AS (
      SELECT generate_series(${today}::date - ${MAIL_SERIES_DAYS - 1}::int, ${today}::date, interval '1 day')::date AS day
    ),
    counts AS (
      SELECT time::date AS day, count(*)::int AS count
      FROM "Mail"
      WHERE time >= ${today}::date - ${MAIL_SERIES_DAYS - 1}::int AND time < ${today}::date + 1
      GROUP BY 1
    )
    SELECT to_char(days.day, 'YYYY-MM-DD') AS date, coalesce(counts.count, 0)::int AS count
    FROM days LEFT JOIN counts ON counts.day = days.day
    ORDER BY days.day`;
}
