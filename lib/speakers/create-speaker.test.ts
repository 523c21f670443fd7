import { describe, expect, it } from "vitest";
import { db } from "../db";
import { findMySessions } from "../my-sessions/find-my-sessions";
import { changeSessionSpeakers } from "../sessions/session-speakers";
import { createEvent, createSession, createUser } from "../../prisma/factories";
import { createEventSpeaker } from "./create-speaker";

describe("an organizer adds a speaker", () => {
  it("by the address of an existing account: the account is linked and the session shows under the speaker's own sessions", async () => {
    const owner = await createUser();
    const event = await createEvent({ owner, state: "draft" });
    const account = await createUser({ email: `linked-${Date.now()}@example.org` });
    const speaker = await createEventSpeaker(owner, event.identifier, { name: "Linked Person", email: account.email.toUpperCase() });
    expect((await db.speaker.findUniqueOrThrow({ where: { id: speaker.id } })).userId).toBe(account.id);

    const session = await createSession({ event, title: "Linked talk", state: "accepted", startsAt: null, endsAt: null });
    await changeSessionSpeakers(owner, String(session.id), "replace", { data: [{ type: "speaker", id: speaker.id }] });
    const mine = await findMySessions(account);
    expect([...mine.upcoming, ...mine.past].map((item) => item.title)).toEqual(["Linked talk"]);
  });

  it("by an address without an account, or with an explicit user: nothing is guessed", async () => {
    const owner = await createUser();
    const event = await createEvent({ owner });
    const nobody = await createEventSpeaker(owner, event.identifier, { name: "No Account", email: `nobody-${Date.now()}@example.org` });
    expect((await db.speaker.findUniqueOrThrow({ where: { id: nobody.id } })).userId).toBeNull();
    const other = await createUser();
    const account = await createUser();
    const explicit = await createEventSpeaker(owner, event.identifier, { name: "Explicit", email: account.email, userId: other.id });
    expect((await db.speaker.findUniqueOrThrow({ where: { id: explicit.id } })).userId).toBe(other.id);
  });
});
