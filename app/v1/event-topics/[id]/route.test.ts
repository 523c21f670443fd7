import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { DELETED, failure, onePage, params, read, request, single } from "@/lib/testing/api";
import { db } from "@/lib/db";
import { createEvent, createEventSubTopic, createEventTopic, createEventType, createUser } from "@/prisma/factories";
import * as subTopicItem from "../../event-sub-topics/[id]/route";
import * as typeItem from "../../event-types/[id]/route";
import * as types from "../../event-types/route";
import * as topics from "../route";
import * as subTopics from "./event-sub-topics/route";
import * as topicItem from "./route";

let adminToken: string;
let userToken: string;

beforeAll(async () => {
  [adminToken, userToken] = await Promise.all([signApiToken(await createUser({ isAdmin: true })), signApiToken(await createUser())]);
});

const topicObject = (row: { id: number; name: string; slug: string; systemImageUrl: string | null }) => ({
  type: "event-topic",
  id: String(row.id),
  attributes: { name: row.name, slug: row.slug, "system-image-url": row.systemImageUrl },
  relationships: {
    "event-sub-topics": { links: { self: `/v1/event-topics/${row.id}/relationships/event-sub-topics`, related: `/v1/event-topics/${row.id}/event-sub-topics` } },
    events: { links: { self: `/v1/event-topics/${row.id}/relationships/events`, related: `/v1/event-topics/${row.id}/events` } },
  },
  links: { self: `/v1/event-topics/${row.id}` },
});
const subTopicObject = (row: { id: number; name: string; slug: string }) => ({
  type: "event-sub-topic",
  id: String(row.id),
  attributes: { name: row.name, slug: row.slug },
  relationships: {
    "event-topic": { links: { self: `/v1/event-sub-topics/${row.id}/relationships/event-topic`, related: `/v1/event-sub-topics/${row.id}/event-topic` } },
    events: { links: { self: `/v1/event-sub-topics/${row.id}/relationships/events`, related: `/v1/event-sub-topics/${row.id}/events` } },
  },
  links: { self: `/v1/event-sub-topics/${row.id}` },
});
const document = (type: string, attributes: Record<string, unknown>, id?: number) => ({
  data: { type, ...(id ? { id: String(id) } : {}), attributes },
});

describe("event topics", () => {
  it("are created, changed and deleted by admins, with the slug derived from the name", async () => {
    const created = await topics.POST(
      request("POST", "/v1/event-topics", { token: adminToken, body: document("event-topic", { name: "Science & Café", "system-image-url": "/images/topics/science.svg" }) }),
      params({}),
    );
    const answer = await read(created);
    const row = await db.eventTopic.findFirstOrThrow({ where: { name: "Science & Café" } });
    expect(row.slug).toBe("science-cafe");
    expect(created.headers.get("location")).toBe(`/v1/event-topics/${row.id}`);
    expect(answer).toEqual({ status: 201, body: single(topicObject(row), `/v1/event-topics/${row.id}`) });

    const patched = await read(
      await topicItem.PATCH(request("PATCH", `/v1/event-topics/${row.id}`, { token: adminToken, body: document("event-topic", { name: "Science" }, row.id) }), params({ id: row.id })),
    );
    expect(patched).toEqual({ status: 200, body: single(topicObject({ ...row, name: "Science" }), `/v1/event-topics/${row.id}`) });

    expect(await read(await topicItem.DELETE(request("DELETE", `/v1/event-topics/${row.id}`, { token: adminToken }), params({ id: row.id })))).toEqual(DELETED);
    expect(await read(await topicItem.GET(request("GET", `/v1/event-topics/${row.id}`), params({ id: row.id })))).toEqual(failure(404, "Event topic not found"));
  });

  it("refuse writes by anonymous callers (401) and signed-in non-admins (403)", async () => {
    const topic = await createEventTopic();
    const before = await db.eventTopic.count();
    const post = (token?: string) => topics.POST(request("POST", "/v1/event-topics", { token, body: document("event-topic", { name: "Nope" }) }), params({}));
    expect(await read(await post())).toEqual(failure(401, "Sign in to change event topics"));
    expect(await read(await post(userToken))).toEqual(failure(403, "Only admins may change event topics"));
    const patch = await topicItem.PATCH(
      request("PATCH", `/v1/event-topics/${topic.id}`, { token: userToken, body: document("event-topic", { name: "X" }, topic.id) }),
      params({ id: topic.id }),
    );
    expect(await read(patch)).toEqual(failure(403, "Only admins may change event topics"));
    const remove = await topicItem.DELETE(request("DELETE", `/v1/event-topics/${topic.id}`, { token: userToken }), params({ id: topic.id }));
    expect(await read(remove)).toEqual(failure(403, "Only admins may change event topics"));
    expect(await db.eventTopic.count()).toBe(before);
    expect(await db.eventTopic.findUniqueOrThrow({ where: { id: topic.id } })).toEqual(topic);
    // Reading stays public.
    expect(await read(await topicItem.GET(request("GET", `/v1/event-topics/${topic.id}`), params({ id: topic.id })))).toEqual({
      status: 200,
      body: single(topicObject(topic), `/v1/event-topics/${topic.id}`),
    });
  });

  it("answer 409 for a taken slug and for deleting a topic that events use", async () => {
    const topic = await createEventTopic({ slug: "taken" });
    const clash = await topics.POST(request("POST", "/v1/event-topics", { token: adminToken, body: document("event-topic", { name: "Taken" }) }), params({}));
    expect(await read(clash)).toEqual(failure(409, ["An event topic with this slug already exists", "/data/attributes/slug"]));
    await createEvent({ eventTopicId: topic.id });
    const remove = await topicItem.DELETE(request("DELETE", `/v1/event-topics/${topic.id}`, { token: adminToken }), params({ id: topic.id }));
    expect(await read(remove)).toEqual(failure(409, "This event topic is used by 1 event"));
    const bad = await topics.POST(request("POST", "/v1/event-topics", { token: adminToken, body: document("event-topic", { name: "X", slug: "Not a slug" }) }), params({}));
    expect(await read(bad)).toEqual(failure(422, ["Must be lower-case letters, digits and single dashes", "/data/attributes/slug"]));
  });
});

describe("event sub-topics", () => {
  it("are listed and created under their topic, and changed by admins", async () => {
    const topic = await createEventTopic();
    const other = await createEventSubTopic({ topic: await createEventTopic() });
    const physics = await createEventSubTopic({ topic, name: "Physics", slug: "physics" });
    const path = `/v1/event-topics/${topic.id}/event-sub-topics`;
    const created = await subTopics.POST(request("POST", path, { token: adminToken, body: document("event-sub-topic", { name: "Biology" }) }), params({ id: topic.id }));
    const biology = await db.eventSubTopic.findFirstOrThrow({ where: { eventTopicId: topic.id, slug: "biology" } });
    expect(await read(created)).toEqual({ status: 201, body: single(subTopicObject(biology), `/v1/event-sub-topics/${biology.id}`) });
    expect(await read(await subTopics.GET(request("GET", path), params({ id: topic.id })))).toEqual({
      status: 200,
      body: onePage(path, [subTopicObject(biology), subTopicObject(physics)]),
    });
    expect(other.eventTopicId).not.toBe(topic.id);

    const forbidden = await subTopics.POST(request("POST", path, { token: userToken, body: document("event-sub-topic", { name: "Chemistry" }) }), params({ id: topic.id }));
    expect(await read(forbidden)).toEqual(failure(403, "Only admins may change event sub-topics"));
    const missingTopic = await subTopics.GET(request("GET", "/v1/event-topics/999999/event-sub-topics"), params({ id: 999999 }));
    expect(await read(missingTopic)).toEqual(failure(404, "Event topic not found"));

    const patched = await subTopicItem.PATCH(
      request("PATCH", `/v1/event-sub-topics/${physics.id}`, { token: adminToken, body: document("event-sub-topic", { slug: "physics-2" }, physics.id) }),
      params({ id: physics.id }),
    );
    expect(await read(patched)).toEqual({ status: 200, body: single(subTopicObject({ ...physics, slug: "physics-2" }), `/v1/event-sub-topics/${physics.id}`) });
    expect(await read(await subTopicItem.DELETE(request("DELETE", `/v1/event-sub-topics/${physics.id}`, { token: adminToken }), params({ id: physics.id })))).toEqual(DELETED);
    expect(await read(await subTopicItem.GET(request("GET", `/v1/event-sub-topics/${physics.id}`), params({ id: physics.id })))).toEqual(
      failure(404, "Event sub-topic not found"),
    );
  });
});

describe("event types", () => {
  it("are public to read and changed by admins only", async () => {
    const created = await types.POST(request("POST", "/v1/event-types", { token: adminToken, body: document("event-type", { name: "Hackathon" }) }), params({}));
    const row = await db.eventType.findFirstOrThrow({ where: { slug: "hackathon" } });
    const object = { type: "event-type", id: String(row.id), attributes: { name: "Hackathon", slug: "hackathon" }, relationships: { events: { links: { self: `/v1/event-types/${row.id}/relationships/events`, related: `/v1/event-types/${row.id}/events` } } }, links: { self: `/v1/event-types/${row.id}` } };
    expect(await read(created)).toEqual({ status: 201, body: single(object, `/v1/event-types/${row.id}`) });
    expect(await read(await typeItem.GET(request("GET", `/v1/event-types/${row.id}`), params({ id: row.id })))).toEqual({
      status: 200,
      body: single(object, `/v1/event-types/${row.id}`),
    });
    const forbidden = await typeItem.DELETE(request("DELETE", `/v1/event-types/${row.id}`, { token: userToken }), params({ id: row.id }));
    expect(await read(forbidden)).toEqual(failure(403, "Only admins may change event types"));
    const used = await createEventType();
    await createEvent({ eventTypeId: used.id });
    expect(await read(await typeItem.DELETE(request("DELETE", `/v1/event-types/${used.id}`, { token: adminToken }), params({ id: used.id })))).toEqual(
      failure(409, "This event type is used by 1 event"),
    );
    expect(await read(await typeItem.DELETE(request("DELETE", `/v1/event-types/${row.id}`, { token: adminToken }), params({ id: row.id })))).toEqual(DELETED);
  });
});
