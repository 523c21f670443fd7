import { countedQuery } from "../db";
import { Prisma } from "../generated/prisma/client";
import { publicSessionSql } from "../sessions/scope";

/*
 * Stars are written in one statement each: the change, the check of the session's visibility
 * and, when a star was added or removed, the move of the user's `updatedAt` (the personal feed's
 * Last-Modified: a removed star leaves no row with a time). Its row locks last only while it
 * runs, so many writes by one user at once do not queue behind each other's round trips.
 */

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
 * Removes the user's star on a session and says, in the same statement, whether the session is
 * one the public may see: a session that is neither starred nor public is not confirmed to exist.
 */
export async function unstarSession(userId: number, sessionId: number): Promise<{ changed: number; visible: boolean }> {
  const change = Prisma.sql`DELETE FROM "SessionStar" WHERE "userId" = ${userId} AND "sessionId" = ${sessionId} RETURNING 1`;
  const [row] = await changing<{ changed: number; visible: boolean }>(
    userId,
    change,
    Prisma.sql`SELECT (SELECT count(*)::int FROM change) AS changed,
      EXISTS (SELECT 1 FROM "Session" s JOIN "Event" e ON e.id = s."eventId" WHERE s.id = ${sessionId} AND ${publicSessionSql("s", "e")}) AS visible`,
  );
  return row ?? { changed: 0, visible: false };
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
