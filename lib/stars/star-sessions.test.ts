import { describe, expect, it, vi } from "vitest";
import { createEvent, createSession, createUser } from "../../prisma/factories";
import type { Actor } from "../auth/actor";
import { db } from "../db";

/** The stars a visitor kept in the browser join their account at sign-in (components/public/star-merge.tsx). */
let signedIn: Actor;
vi.mock("../auth/session", () => ({ requireSessionActor: async () => signedIn }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { mergeLocalStarsAction } = await import("./actions");

const actorOf = (user: { id: number; email: string }): NonNullable<Actor> => ({ id: user.id, email: user.email, isAdmin: false, isSuperAdmin: false });

describe("mergeLocalStarsAction", () => {
  it("stars the public sessions among the ids, keeps earlier stars, and leaves out what the public may not see", async () => {
    const owner = await createUser();
    const event = await createEvent({ owner, state: "published", schedulePublishedOn: new Date() });
    const draftEvent = await createEvent({ owner, state: "draft" });
    const [a, b, already] = [await createSession({ event }), await createSession({ event }), await createSession({ event })];
    const withdrawn = await createSession({ event, state: "withdrawn" });
    const hidden = await createSession({ event: draftEvent });
    const user = await createUser();
    signedIn = actorOf(user);
    await db.sessionStar.create({ data: { userId: user.id, sessionId: already.id } });

    expect(await mergeLocalStarsAction([b.id, a.id, already.id, withdrawn.id, hidden.id, 999_999, a.id])).toEqual({
      ok: true,
      data: { merged: [a.id, b.id, already.id].sort((x, y) => x - y) },
    });
    const stars = await db.sessionStar.findMany({ where: { userId: user.id }, select: { sessionId: true }, orderBy: { sessionId: "asc" } });
    expect(stars.map((star) => star.sessionId)).toEqual([a.id, b.id, already.id].sort((x, y) => x - y));
  });

  it("refuses malformed input without starring anything", async () => {
    const user = await createUser();
    signedIn = actorOf(user);
    expect(await mergeLocalStarsAction(["1; drop table"])).toMatchObject({ ok: false });
    expect(await mergeLocalStarsAction(Array.from({ length: 501 }, (_, i) => i + 1))).toMatchObject({ ok: false });
    expect(await db.sessionStar.count({ where: { userId: user.id } })).toBe(0);
  });
});
