import { describe, expect, it } from "vitest";
import { addRole, createEvent, createUser } from "../../prisma/factories";
import { db } from "../db";
import { asActor } from "../testing/actors";
import { findVisibleSpeakersCall } from "./get-speakers-call";

const DAY = 86_400_000;
const window = { startsAt: new Date(Date.now() - DAY), endsAt: new Date(Date.now() + 10 * DAY) };

describe("the call for speakers an event page shows", () => {
  it("is a public call for anyone, without its link's secret", async () => {
    const event = await createEvent();
    await db.speakersCall.create({ data: { eventId: event.id, announcement: "<p>Send talks</p>", ...window, hash: `h-${event.id}` } });
    const call = await findVisibleSpeakersCall(null, event.id);
    expect(call).toMatchObject({ eventId: event.id, announcement: "<p>Send talks</p>", privacy: "public", hash: null });
  });

  it("is a private call for the event's team only; others and events without a call get none", async () => {
    const organizer = await createUser();
    const event = await createEvent();
    await addRole(organizer, event, "organizer");
    await db.speakersCall.create({ data: { eventId: event.id, ...window, privacy: "private", hash: `p-${event.id}` } });
    expect(await findVisibleSpeakersCall(null, event.id)).toBeNull();
    expect(await findVisibleSpeakersCall(asActor(await createUser()), event.id)).toBeNull();
    expect(await findVisibleSpeakersCall(asActor(organizer), event.id)).toMatchObject({ privacy: "private", hash: `p-${event.id}` });
    expect(await findVisibleSpeakersCall(null, (await createEvent()).id)).toBeNull();
  });
});
