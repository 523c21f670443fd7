import { describe, expect, it } from "vitest";
import { addRole, createEvent, createUser } from "../../prisma/factories";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { EVENT_ROLES, TRACK_SCOPED_ROLES, eventScope, reach, type Action } from ".";

/**
 * How far each role carries the actions that track organizers hold for their tracks only: the
 * event-level table (index.test.ts) counts them as allowed, `reach` and `eventScope`'s
 * `wholeEvent` tell the two apart for the session scopes.
 */

const user: NonNullable<Actor> = { id: 1, email: "user1@example.test", isAdmin: false, isSuperAdmin: false };
const ACTIONS = ["content.view-private", "session.review", "content.manage"] as const satisfies readonly Action[];

describe("reach", () => {
  it("stops track organizers at their tracks and carries the others' grants to the whole event", () => {
    const table = Object.fromEntries(EVENT_ROLES.map((role) => [role, ACTIONS.map((action) => reach(user, action, [role]))]));
    expect(table).toEqual({
      owner: ["event", "event", "event"],
      organizer: ["event", "event", "event"],
      coorganizer: ["event", "event", "event"],
      track_organizer: ["tracks", "tracks", "none"],
      moderator: ["event", "none", "none"],
      registrar: ["event", "none", "none"],
      attendee: ["none", "none", "none"],
    });
  });

  it("takes the widest of several roles, gives admins everything and the anonymous nothing", () => {
    expect(reach(user, "session.review", ["track_organizer", "coorganizer"])).toBe("event");
    expect(reach(user, "content.view-private", ["track_organizer", "moderator"])).toBe("event");
    expect(reach({ ...user, isAdmin: true }, "session.review", [])).toBe("event");
    expect(reach({ ...user, isSuperAdmin: true }, "content.manage", [])).toBe("event");
    expect(reach(null, "session.review", ["owner"])).toBe("none");
  });

  it("names the roles whose rows carry tracks", () => {
    expect(TRACK_SCOPED_ROLES).toEqual(["track_organizer"]);
  });
});

describe("eventScope with wholeEvent", () => {
  it("leaves out the events where the actor's grant stops at their tracks", async () => {
    const event = await createEvent({ state: "draft" });
    const [reviewer, moderator] = [await createUser(), await createUser()];
    await addRole(reviewer, event, "track_organizer");
    await addRole(moderator, event, "moderator");
    const found = async (actor: Actor, action: Action, wholeEvent: boolean) =>
      (await db.event.count({ where: { AND: [{ id: event.id }, eventScope(actor, action, { wholeEvent })] } })) === 1;
    const asActor = (row: { id: number; email: string }): Actor => ({ id: row.id, email: row.email, isAdmin: false, isSuperAdmin: false });
    expect(await found(asActor(reviewer), "content.view-private", false)).toBe(true);
    expect(await found(asActor(reviewer), "content.view-private", true)).toBe(false);
    expect(await found(asActor(reviewer), "session.review", true)).toBe(false);
    expect(await found(asActor(moderator), "content.view-private", true)).toBe(true);
  });
});
