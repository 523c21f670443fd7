import { countedQuery } from "../db";
import { Prisma } from "../generated/prisma/client";

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
  const statement = Prisma.sql`
    WITH change AS (${change}),
    touch AS (UPDATE "User" SET "updatedAt" = now() AT TIME ZONE 'UTC' WHERE id = ${userId} AND EXISTS (SELECT 1 FROM change))
    SELECT count(*)::int AS changed FROM change`;
  // Straight to the pool: a star is written on every click, and Prisma's own cost per query is larger than this one's.
  const [row] = await countedQuery<{ changed: number }>(undefined, statement.text, statement.values);
  return row?.changed ?? 0;
}
