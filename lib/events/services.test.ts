import { describe, expect, it } from "vitest";
import { db, queryCount } from "../db";
import { AppError } from "../errors";
import { addRole, createEvent as createEventRow, createEventSubTopic, createEventTopic, createUser } from "../../prisma/factories";
import { createEvent, newIdentifier } from "./create-event";
import { findEvents } from "./find-events";
import { getEvent } from "./get-event";
import { createEventSchema } from "./schemas";
import { updateEvent } from "./update-event";

const actorOf = (user: { id: number; email: string; isAdmin: boolean; isSuperAdmin: boolean }) => ({
  id: user.id,
  email: user.email,
  isAdmin: user.isAdmin,
  isSuperAdmin: user.isSuperAdmin,
});

const input = createEventSchema.parse({
  name: "Retry Conf",
  startsAt: "2030-01-01T09:00:00Z",
  endsAt: "2030-01-01T17:00:00Z",
});

async function rejection(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  const { code, detail, source } = error as AppError;
  return { code, detail, source };
}

describe("event services", () => {
  it("makes identifiers of 8 lowercase alphanumerics with a letter", () => {
    for (let i = 0; i < 200; i++) expect(newIdentifier()).toMatch(/^(?=.*[a-z])[a-z0-9]{8}$/);
  });

  it("retries a colliding identifier and keeps the transaction whole", async () => {
    const user = actorOf(await createUser());
    await createEventRow({ identifier: "taken001" });
    const sequence = ["taken001", "taken001", "fresh001"];
    const event = await createEvent(user, input, { identifier: () => sequence.shift() ?? "unused00" });
    expect([event.identifier, event.actorRoles]).toEqual(["fresh001", ["owner"]]);
    expect(await db.event.count({ where: { name: "Retry Conf" } })).toBe(1);
    expect(await db.usersEventsRoles.count({ where: { eventId: event.id } })).toBe(1);
  });

  it("gives up after five collisions", async () => {
    const user = actorOf(await createUser());
    await createEventRow({ identifier: "always00" });
    const before = await db.event.count();
    await expect(createEvent(user, input, { identifier: () => "always00" })).rejects.toMatchObject({ code: "P2002" });
    expect(await db.event.count()).toBe(before);
  });

  it("lists only the actor's events with mine, drafts included", async () => {
    const user = actorOf(await createUser());
    const mine = await createEventRow({ owner: user, state: "draft" });
    const organized = await createEventRow();
    await addRole(user, organized, "organizer");
    await createEventRow();
    const { items, count } = await findEvents(user, { mine: true, orderBy: [{ id: "asc" }] });
    expect([items.map((event) => [event.id, event.actorRoles]), count]).toEqual([
      [
        [mine.id, ["owner"]],
        [organized.id, ["organizer"]],
      ],
      2,
    ]);
    expect(await rejection(findEvents(null, { mine: true }))).toEqual({ code: "UNAUTHORIZED", detail: "Sign in to list your events", source: undefined });
  });

  it("scopes getEvent by action", async () => {
    const owner = actorOf(await createUser());
    const moderator = actorOf(await createUser());
    const event = await createEventRow({ owner });
    await addRole(moderator, event, "moderator");
    expect((await getEvent(moderator, event.identifier)).actorRoles).toEqual(["moderator"]);
    expect(await rejection(getEvent(moderator, event.id, "event.update"))).toEqual({ code: "NOT_FOUND", detail: "Event not found", source: undefined });
    expect((await getEvent(owner, String(event.id), "event.update")).id).toBe(event.id);
    expect(await rejection(getEvent(owner, "99999999999"))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("needs event.publish to change the state and checks the sub-topic's topic", async () => {
    const owner = actorOf(await createUser());
    const trackOrganizer = actorOf(await createUser());
    const event = await createEventRow({ owner, state: "draft" });
    await addRole(trackOrganizer, event, "track_organizer");
    expect(await rejection(updateEvent(trackOrganizer, event.id, { state: "published" }))).toEqual({
      code: "FORBIDDEN",
      detail: "You may not change this event",
      source: undefined,
    });
    const science = await createEventTopic();
    const art = await createEventTopic();
    const painting = await createEventSubTopic({ topic: art });
    expect(await rejection(updateEvent(owner, event.id, { eventTopicId: science.id, eventSubTopicId: painting.id }))).toEqual({
      code: "UNPROCESSABLE",
      detail: "The sub-topic must belong to the event's topic",
      source: { relationship: "eventSubTopic" },
    });
    const updated = await updateEvent(owner, event.id, { eventTopicId: art.id, eventSubTopicId: painting.id, state: "published" });
    expect([updated.eventTopicId, updated.eventSubTopicId, updated.state]).toEqual([art.id, painting.id, "published"]);
  });

  it("clears derived image sizes when the original image changes", async () => {
    const owner = actorOf(await createUser());
    const event = await createEventRow({ owner, originalImageUrl: "https://img.example/a.png", largeImageUrl: "https://img.example/a-large.png" });
    const updated = await updateEvent(owner, event.id, { originalImageUrl: "https://img.example/b.png" });
    expect([updated.originalImageUrl, updated.largeImageUrl]).toEqual(["https://img.example/b.png", null]);
  });

  it("reads one event in a constant number of queries", async () => {
    const owner = actorOf(await createUser());
    const event = await createEventRow({ owner, eventTopicId: (await createEventTopic()).id });
    const before = queryCount();
    await getEvent(owner, event.id, "event.view", { include: { eventTopic: {}, eventType: {}, eventSubTopic: {} } });
    // The event, its topic, sub-topic and type, the actor's role rows and their role names.
    expect(queryCount() - before).toBe(6);
  });
});
