import { describe, expect, it } from "vitest";
import { createEvent, createSession, createUser } from "../../prisma/factories";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { decideSessions } from "./decide-sessions";

const actorOf = (user: { id: number; email: string }): NonNullable<Actor> => ({ id: user.id, email: user.email, isAdmin: false, isSuperAdmin: false });

/** The service behind the sessions list's bulk decisions (its action is tested in actions.test.ts). */
describe("decideSessions", () => {
  it("decides each selected session once, in the order given", async () => {
    const owner = actorOf(await createUser());
    const event = await createEvent({ owner });
    const a = await createSession({ event, title: "Alpha", state: "pending" });
    const b = await createSession({ event, title: "Bravo", state: "pending" });
    expect(await decideSessions(owner, String(event.id), { sessionIds: [b.id, a.id, b.id], state: "rejected" })).toEqual({
      changed: [
        { id: b.id, title: "Bravo" },
        { id: a.id, title: "Alpha" },
      ],
      unchanged: [],
      failed: [],
      message: "2 rejected",
    });
  });

  it("throws NOT_FOUND for someone who may not review the event's sessions, and changes nothing", async () => {
    const owner = actorOf(await createUser());
    const event = await createEvent({ owner });
    const session = await createSession({ event, state: "pending" });
    const stranger = actorOf(await createUser());
    await expect(decideSessions(stranger, event.identifier, { sessionIds: [session.id], state: "accepted" })).rejects.toMatchObject({
      code: "NOT_FOUND",
      detail: "Event not found",
    });
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).state).toBe("pending");
  });
});
