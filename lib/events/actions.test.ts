import { beforeEach, describe, expect, it, vi } from "vitest";
import { addRole, createEvent, createEventTopic, createUser } from "../../prisma/factories";
import type { Actor } from "../auth/actor";
import { db } from "../db";

/**
 * The event form's server actions against the real database. Only the edges that need a browser
 * are replaced: the signed-in user (next-auth's cookie) and Next's cache revalidation.
 */
let signedIn: NonNullable<Actor>;
vi.mock("../auth/session", () => ({ requireSessionActor: async () => signedIn }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { setEventStateAction, updateEventAction } = await import("./actions");

const actorOf = (user: { id: number; email: string }): NonNullable<Actor> => ({ id: user.id, email: user.email, isAdmin: false, isSuperAdmin: false });

beforeEach(() => {
  signedIn = undefined as unknown as NonNullable<Actor>;
});

describe("event actions", () => {
  it("answer a refusal of the service beside the field it names, and leave the event as it was", async () => {
    const owner = actorOf(await createUser());
    const event = await createEvent({ owner });
    signedIn = owner;
    const before = await db.event.findUniqueOrThrow({ where: { id: event.id } });

    // Only the start is sent, so the schema cannot compare it with the end: the service does.
    const afterTheEnd = new Date(event.endsAt.getTime() + 3_600_000).toISOString();
    expect(await updateEventAction(event.identifier, { startsAt: afterTheEnd })).toEqual({ ok: false, fieldErrors: { endsAt: "Must be after the start" } });
    const art = await createEventTopic();
    expect(await updateEventAction(event.identifier, { eventTopicId: art.id + 1_000 })).toEqual({
      ok: false,
      // The form's select holds the id: the message lands beside it.
      fieldErrors: { eventTopicId: "This event topic does not exist" },
    });
    expect(await db.event.findUniqueOrThrow({ where: { id: event.id } })).toEqual(before);
  });

  it("save the public page's details and answer each bad one beside its field", async () => {
    const owner = actorOf(await createUser());
    const event = await createEvent({ owner });
    signedIn = owner;
    const topic = await createEventTopic();
    const details = {
      logoUrl: "https://example.org/logo.png",
      ownerName: "Friends of Open Source",
      ownerDescription: "A club.",
      email: "hello@example.org",
      externalEventUrl: "https://example.org",
      ticketUrl: "https://tickets.example.org/buy",
      paymentCurrency: "eur",
      codeOfConduct: "Be kind.",
      eventTopicId: topic.id,
    };
    expect(await updateEventAction(event.identifier, details)).toEqual({ ok: true, data: { identifier: event.identifier } });
    expect(await db.event.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ ...details, paymentCurrency: "EUR" });

    const saved = await db.event.findUniqueOrThrow({ where: { id: event.id } });
    expect(
      await updateEventAction(event.identifier, {
        paymentCurrency: "EUROS",
        email: "not-an-address",
        ticketUrl: "javascript:alert(1)",
        logoUrl: "data:image/png;base64,AAAA",
      }),
    ).toEqual({
      ok: false,
      fieldErrors: {
        paymentCurrency: "Must be a three-letter currency code such as USD or EUR",
        email: "Must be an email address",
        ticketUrl: "Must be an http(s) URL",
        logoUrl: "Must be an http(s) URL or a path on this site",
      },
    });
    expect(await db.event.findUniqueOrThrow({ where: { id: event.id } })).toEqual(saved);
  });

  it("answer an event the user may not see like a missing one, and a refusal about no field at form level", async () => {
    const owner = actorOf(await createUser());
    const event = await createEvent({ owner, state: "draft" });
    signedIn = actorOf(await createUser());
    const notFound = { ok: false, fieldErrors: {}, formError: "This event does not exist or you may not change it." };
    expect(await updateEventAction(event.identifier, { name: "Taken over" })).toEqual(notFound);
    expect(await setEventStateAction(event.identifier, "published")).toEqual(notFound);

    // A moderator sees the event but may not change it.
    const moderator = actorOf(await createUser());
    await addRole(moderator, event, "moderator");
    signedIn = moderator;
    const forbidden = { ok: false, fieldErrors: {}, formError: "You may not change this event" };
    expect(await updateEventAction(event.identifier, { name: "Taken over" })).toEqual(forbidden);
    expect(await setEventStateAction(event.identifier, "published")).toEqual(forbidden);
    expect(await db.event.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ name: event.name, state: "draft" });
  });
});
