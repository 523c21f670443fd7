import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createEventSubTopic, createEventTopic, createEventType } from "@/prisma/factories";
import { GET as topics } from "./route";
import { GET as types } from "../event-types/route";

const noParams = { params: Promise.resolve({}) };
const get = async (handler: typeof topics, path: string) => {
  const response = await handler(new Request(`http://localhost${path}`), noParams);
  expect(response.headers.get("content-type")).toBe("application/vnd.api+json");
  return { status: response.status, body: JSON.parse(await response.text()) as unknown };
};

describe("GET /v1/event-topics and /v1/event-types", () => {
  it("lists topics by name with their sub-topics on request, without deleted ones", async () => {
    const science = await createEventTopic({ name: "Science", slug: "science", systemImageUrl: "/images/science.png" });
    const art = await createEventTopic({ name: "Art", slug: "art", systemImageUrl: null });
    await createEventTopic({ name: "Gone", slug: "gone", deletedAt: new Date() });
    const physics = await createEventSubTopic({ topic: science, name: "Physics", slug: "physics" });
    await createEventSubTopic({ topic: science, name: "Alchemy", slug: "alchemy", deletedAt: new Date() });
    const biology = await createEventSubTopic({ topic: science, name: "Biology", slug: "biology" });

    const subTopicsLinks = (id: number) => ({
      links: { self: `/v1/event-topics/${id}/relationships/event-sub-topics`, related: `/v1/event-topics/${id}/event-sub-topics` },
    });
    const eventsLinks = (path: string, id: number) => ({ links: { self: `/v1/${path}/${id}/relationships/events`, related: `/v1/${path}/${id}/events` } });
    const subTopic = (row: { id: number; name: string; slug: string }) => ({
      type: "event-sub-topic",
      id: String(row.id),
      attributes: { name: row.name, slug: row.slug },
      relationships: {
        "event-topic": {
          links: { self: `/v1/event-sub-topics/${row.id}/relationships/event-topic`, related: `/v1/event-sub-topics/${row.id}/event-topic` },
        },
        events: eventsLinks("event-sub-topics", row.id),
      },
      links: { self: `/v1/event-sub-topics/${row.id}` },
    });

    expect(await get(topics, "/v1/event-topics?include=event-sub-topics")).toEqual({
      status: 200,
      body: {
        data: [
          {
            type: "event-topic",
            id: String(art.id),
            attributes: { name: "Art", slug: "art", "system-image-url": null },
            relationships: { "event-sub-topics": { ...subTopicsLinks(art.id), data: [] }, events: eventsLinks("event-topics", art.id) },
            links: { self: `/v1/event-topics/${art.id}` },
          },
          {
            type: "event-topic",
            id: String(science.id),
            attributes: { name: "Science", slug: "science", "system-image-url": "/images/science.png" },
            relationships: {
              "event-sub-topics": {
                ...subTopicsLinks(science.id),
                data: [
                  { type: "event-sub-topic", id: String(biology.id) },
                  { type: "event-sub-topic", id: String(physics.id) },
                ],
              },
              events: eventsLinks("event-topics", science.id),
            },
            links: { self: `/v1/event-topics/${science.id}` },
          },
        ],
        included: [subTopic(biology), subTopic(physics)],
        links: {
          self: "/v1/event-topics?include=event-sub-topics",
          first: "/v1/event-topics?include=event-sub-topics&page%5Bnumber%5D=1",
          last: "/v1/event-topics?include=event-sub-topics&page%5Bnumber%5D=1",
          prev: null,
          next: null,
        },
        meta: { count: 2 },
        jsonapi: { version: "1.1" },
      },
    });
  });

  it("lists event types by name and filters them", async () => {
    await db.eventType.deleteMany();
    const talk = await createEventType({ name: "Conference", slug: "conference" });
    const meetup = await createEventType({ name: "Meetup", slug: "meetup" });
    const type = (row: { id: number; name: string; slug: string }) => ({
      type: "event-type",
      id: String(row.id),
      attributes: { name: row.name, slug: row.slug },
      relationships: { events: { links: { self: `/v1/event-types/${row.id}/relationships/events`, related: `/v1/event-types/${row.id}/events` } } },
      links: { self: `/v1/event-types/${row.id}` },
    });
    const all = await get(types, "/v1/event-types");
    expect(all).toMatchObject({ status: 200, body: { data: [type(talk), type(meetup)], meta: { count: 2 } } });
    const filtered = await get(types, `/v1/event-types?filter=${encodeURIComponent('[{"name":"slug","op":"eq","val":"meetup"}]')}`);
    expect(filtered).toMatchObject({ status: 200, body: { data: [type(meetup)], meta: { count: 1 } } });
    // A type's events are a collection of their own (/v1/event-types/{id}/events), not embedded:
    // include=events is answered empty, not refused.
    const withEvents = await get(types, "/v1/event-types?include=events");
    const withoutLinks = ({ status, body }: { status: number; body: unknown }) => ({ status, body: { ...(body as object), links: null } });
    expect(withoutLinks(withEvents)).toEqual(withoutLinks(all));
    expect(await get(types, "/v1/event-types?include=evnts")).toEqual({
      status: 400,
      body: {
        errors: [{ status: "400", code: "BAD_REQUEST", title: "Bad request", detail: '"evnts" is not a relationship of event-type that can be included', source: { parameter: "include" } }],
        jsonapi: { version: "1.1" },
      },
    });
  });
});
