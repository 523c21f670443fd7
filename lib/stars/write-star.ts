import { countedQuery } from "../db";
import { Prisma } from "../generated/prisma/client";
import { publicSessionSql } from "../sessions/scope";

/**
 * Adds (`starred`) or removes the caller's star on sessions and, when that changed anything,
 * moves the user's `updatedAt` (the personal feed's Last-Modified: a removed star leaves no row
 * with a time). One statement: its row locks last only while it runs, so many writes by one user
 * at once do not queue behind each other's round trips. Answers how many stars it added or removed.
 */
export async function writeStars(userId: number, sessionIds: readonly number[], starred: boolean): Promise<number> {
  if (!sessionIds.length) return 0;
  const ids = Prisma.sql`unnest(${[...sessionIds]}::int[])`;
  const change = starred
    ? Prisma.sql`INSERT INTO "SessionStar" ("userId", "sessionId") SELECT ${userId}, s FROM ${ids} AS s ON CONFLICT DO NOTHING RETURNING 1`
    : Prisma.sql`DELETE FROM "SessionStar" WHERE "userId" = ${userId} AND "sessionId" IN (SELECT s FROM ${ids} AS s) RETURNING 1`;
  const [row] = await changing<{ changed: number }>(userId, change, Prisma.sql`SELECT count(*)::int AS changed FROM change`);
  return row?.changed ?? 0;
}

/**
 * Stars those of the sessions the public may see (`publicSessionSql`) for the user, in the same
 * single statement that finds them: the ids among `sessionIds` that anyone may see, in order,
 * starred now (before or by this call). Stars of hidden sessions are never written.
 */
export async function starPublicSessions(userId: number, sessionIds: readonly number[]): Promise<number[]> {
  if (!sessionIds.length) return [];
  const change = Prisma.sql`INSERT INTO "SessionStar" ("userId", "sessionId") SELECT ${userId}, id FROM target ON CONFLICT DO NOTHING RETURNING 1`;
  const rows = await changing<{ id: number }>(userId, change, Prisma.sql`SELECT id FROM target ORDER BY id`, [
    Prisma.sql`target AS (SELECT s.id FROM "Session" s JOIN "Event" e ON e.id = s."eventId" WHERE s.id = ANY(${[...new Set(sessionIds)]}::int[]) AND ${publicSessionSql("s", "e")})`,
  ]);
  return rows.map((row) => row.id);
}

/**
 * Runs `change` (an INSERT or DELETE … RETURNING) after the common table expressions `before`,
 * moves the user's `updatedAt` when it changed anything, and answers `result`'s rows, in one
 * statement straight to the pool: a star is written on every click, and Prisma's own cost per
 * query is larger than this one's.
 */
async function changing<Row extends object>(userId: number, change: Prisma.Sql, result: Prisma.Sql, before: Prisma.Sql[] = []): Promise<Row[]> {
  const statement = Prisma.sql`
    WITH ${Prisma.join([...before, Prisma.sql`change AS (${change})`, Prisma.sql`touch AS (UPDATE "User" SET "updatedAt" = now() AT TIME ZONE 'UTC' WHERE id = ${userId} AND EXISTS (SELECT 1 FROM change))`], ", ")}
    ${result}`;
  return countedQuery<Row>(undefined, statement.text, statement.values);
}
