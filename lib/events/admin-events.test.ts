import { beforeAll, describe, expect, it } from "vitest";
import { createEvent, createEventTopic, createEventType, createUser } from "../../prisma/factories";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { adminEventListSearch, parseAdminEventListParams } from "./admin-events-query";
import { findAdminEvents } from "./find-admin-events";
import { getEvent } from "./get-event";
import { restoreEvent } from "./restore-event";
import { asActor } from "../testing/actors";

const DAY = 24 * 60 * 60 * 1000;
let admin: NonNullable<Actor>;

beforeAll(async () => {
  admin = asActor(await createUser({ isAdmin: true }));
});

describe("the admin events list", () => {
  it("reads its filters from the URL and ignores what is malformed", () => {
    expect(parseAdminEventListParams({ state: "past", topic: "3", type: "x", q: "  summit ", sort: "name", page: "2" })).toEqual({
      state: "past",
      topic: 3,
      type: null,
      q: "summit",
      sort: "name",
      page: 2,
    });
    expect(parseAdminEventListParams({ state: "gone", sort: "password", page: "-1" })).toEqual({
      state: null,
      topic: null,
      type: null,
      q: "",
      sort: "-starts-at",
      page: 1,
    });
    expect(adminEventListSearch(parseAdminEventListParams({ state: "deleted", q: "a b", sort: "-starts-at" }), 3)).toBe("?state=deleted&q=a+b&page=3");
  });

  it("lists every event of a state, topic or type, searched by name, identifier or place, in the order asked for", async () => {
    const now = new Date();
    const topic = await createEventTopic();
    const type = await createEventType();
    const tag = `zq${Date.now().toString(36)}`;
    const draft = await createEvent({ name: `${tag} Alpha draft`, state: "draft", eventTopicId: topic.id });
    const published = await createEvent({ name: `${tag} Beta`, state: "published", eventTypeId: type.id, locationName: "Lisbon" });
    const past = await createEvent({ name: `${tag} Gamma`, state: "draft", startsAt: new Date(now.getTime() - 3 * DAY), endsAt: new Date(now.getTime() - DAY) });
    const deleted = await createEvent({ name: `${tag} Delta`, deletedAt: new Date(), eventTopicId: topic.id });

    const names = async (params: Record<string, string>) =>
      (await findAdminEvents(admin, parseAdminEventListParams({ q: tag, ...params }), now)).items.map((event) => event.name);
    expect(await names({ sort: "name" })).toEqual([draft.name, published.name, past.name]);
    expect(await names({ state: "draft" })).toEqual([draft.name]);
    expect(await names({ state: "published" })).toEqual([published.name]);
    expect(await names({ state: "past" })).toEqual([past.name]);
    expect(await names({ state: "deleted" })).toEqual([deleted.name]);
    expect(await names({ topic: String(topic.id) })).toEqual([draft.name]);
    expect(await names({ type: String(type.id) })).toEqual([published.name]);
    expect(await names({ sort: "-name" })).toEqual([past.name, published.name, draft.name]);
    expect((await findAdminEvents(admin, parseAdminEventListParams({ q: "LISBON" }), now)).items.map((event) => event.id)).toContain(published.id);
    expect((await findAdminEvents(admin, parseAdminEventListParams({ q: published.identifier }), now)).items.map((event) => event.name)).toEqual([published.name]);
  });

  it("shows each event's owners, topic and type", async () => {
    const owner = await createUser();
    const topic = await createEventTopic({ name: "Owners topic" });
    const event = await createEvent({ owner, eventTopicId: topic.id });
    const [item] = (await findAdminEvents(admin, parseAdminEventListParams({ q: event.identifier }))).items;
    expect(item).toMatchObject({
      id: event.id,
      identifier: event.identifier,
      eventTopic: { id: topic.id, name: "Owners topic" },
      eventType: null,
      deletedAt: null,
      roles: [{ user: { id: owner.id, email: owner.email, deletedAt: null } }],
    });
  });

  it("is for admins only", async () => {
    await expect(findAdminEvents(asActor(await createUser()), parseAdminEventListParams({}))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(findAdminEvents(null, parseAdminEventListParams({}))).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("restoring a deleted event", () => {
  it("brings it back for its team, once; only admins restore", async () => {
    const owner = asActor(await createUser());
    const event = await createEvent({ owner, deletedAt: new Date() });
    await expect(getEvent(owner, event.identifier)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(restoreEvent(owner, event.identifier)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(restoreEvent(null, event.identifier)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await restoreEvent(admin, event.identifier)).toEqual({ id: event.id, identifier: event.identifier });
    expect((await getEvent(owner, event.identifier, "event.update")).deletedAt).toBeNull();
    await expect(restoreEvent(admin, event.id)).rejects.toMatchObject({ code: "CONFLICT", detail: "This event is not deleted" });
    await expect(restoreEvent(admin, "no-such-event")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).deletedAt).toBeNull();
  });
});
