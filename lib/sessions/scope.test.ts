import { describe, expect, it } from "vitest";
import { countedQuery, db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { createEvent, createSession } from "@/prisma/factories";
import { publicSessionSql, publicSessionWhere } from "./scope";
import { SESSION_STATES } from "./states";

describe("publicSessionSql", () => {
  it("finds exactly the sessions publicSessionWhere(null) finds", async () => {
    const published = { state: "published" as const, privacy: "public" as const, schedulePublishedOn: new Date() };
    const events = await Promise.all([
      createEvent(published),
      createEvent({ ...published, state: "draft" }),
      createEvent({ ...published, privacy: "private" }),
      createEvent({ ...published, schedulePublishedOn: null }),
      createEvent({ ...published, deletedAt: new Date() }),
    ]);
    const ids: number[] = [];
    for (const event of events) {
      for (const state of SESSION_STATES) {
        for (const deletedAt of [null, new Date()]) ids.push((await createSession({ event, state, deletedAt })).id);
      }
    }
    const statement = Prisma.sql`SELECT s.id FROM "Session" s JOIN "Event" e ON e.id = s."eventId" WHERE s.id = ANY(${ids}::int[]) AND ${publicSessionSql("s", "e")} ORDER BY s.id`;
    const bySql = (await countedQuery<{ id: number }>(undefined, statement.text, statement.values)).map((row) => row.id);
    const byPrisma = (await db.session.findMany({ where: { AND: [{ id: { in: ids } }, publicSessionWhere(null)] }, select: { id: true }, orderBy: { id: "asc" } })).map((row) => row.id);
    expect(bySql).toEqual(byPrisma);
    // The published, public, scheduled event's live accepted and confirmed sessions, nothing else.
    expect(bySql).toHaveLength(2);
  });
});
