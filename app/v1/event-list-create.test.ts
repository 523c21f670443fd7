import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { db } from "@/lib/db";
import type { EventSubTopic, EventTopic, EventType, User } from "@/lib/generated/prisma/client";
import { noParams, params, read, request } from "@/lib/testing/api";
import { createEventSubTopic, createEventTopic, createEventType, createUser } from "@/prisma/factories";
import * as subTopicEvents from "./event-sub-topics/[id]/events/route";
import * as topicEvents from "./event-topics/[id]/events/route";
import * as typeEvents from "./event-types/[id]/events/route";
import * as events from "./events/route";
import * as upcoming from "./events/upcoming/route";
import * as userCoorganizerEvents from "./users/[id]/coorganizer-events/route";
import * as userEvents from "./users/[id]/events/route";
import * as userModeratorEvents from "./users/[id]/moderator-events/route";
import * as userOrganizerEvents from "./users/[id]/organizer-events/route";
import * as userOwnerEvents from "./users/[id]/owner-events/route";
import * as userRegistrarEvents from "./users/[id]/registrar-events/route";
import * as userTrackOrganizerEvents from "./users/[id]/track-organizer-events/route";

/**
 * Open Event routes `POST` on every path of its EventList class (`/v1/event-types/{id}/events`,
 * `/v1/users/{id}/owner-events`, …, and `/v1/events/upcoming`, a subclass) to the one create of
 * `POST /v1/events`: the caller becomes the owner and the path's id is not used. The same document
 * sent to each makes the same event as `POST /v1/events`, refusals included.
 */

type Handler = (request: Request, context: never) => Promise<Response>;

let user: User;
let other: User;
let token: string;
let type: EventType;
let topic: EventTopic;
let subTopic: EventSubTopic;

beforeAll(async () => {
  [user, other] = [await createUser(), await createUser()];
  token = await signApiToken(user);
  type = await createEventType();
  topic = await createEventTopic();
  subTopic = await createEventSubTopic({ topic });
});

/** Every EventList path but `/v1/events`, with the id its parameter takes (another user's, for the user paths). */
const paths = (): [string, { POST: Handler }, number | undefined][] => [
  [`/v1/event-types/${type.id}/events`, typeEvents, type.id],
  [`/v1/event-topics/${topic.id}/events`, topicEvents, topic.id],
  [`/v1/event-sub-topics/${subTopic.id}/events`, subTopicEvents, subTopic.id],
  [`/v1/users/${other.id}/events`, userEvents, other.id],
  [`/v1/users/${other.id}/owner-events`, userOwnerEvents, other.id],
  [`/v1/users/${other.id}/organizer-events`, userOrganizerEvents, other.id],
  [`/v1/users/${other.id}/coorganizer-events`, userCoorganizerEvents, other.id],
  [`/v1/users/${other.id}/track-organizer-events`, userTrackOrganizerEvents, other.id],
  [`/v1/users/${other.id}/registrar-events`, userRegistrarEvents, other.id],
  [`/v1/users/${other.id}/moderator-events`, userModeratorEvents, other.id],
  ["/v1/events/upcoming", upcoming, undefined],
];

const ATTRIBUTES = { name: "Open Tech Summit", "starts-at": "2031-05-01T09:00:00.000Z", "ends-at": "2031-05-02T18:00:00.000Z", timezone: "Europe/Berlin", "location-name": "Hall 1" };
const document = (attributes: Record<string, unknown> = ATTRIBUTES) => ({ data: { type: "event", attributes } });

async function post(handler: Handler, path: string, id: number | undefined, body: unknown, as = token) {
  return read(await handler(request("POST", path, { token: as, body }), (id === undefined ? noParams : params({ id })) as never));
}

/** The answer without what names the row (its id and identifier, in the data and the links) and its creation time. */
function comparable(answer: { status: number; body: Record<string, unknown> }): unknown {
  const data = answer.body.data as { id: string; attributes: Record<string, unknown> };
  let text = JSON.stringify({ ...answer, body: { ...answer.body, data: { ...data, attributes: { ...data.attributes, "created-at": "<time>" } } } });
  for (const [value, name] of [[data.id, "{id}"], [String(data.attributes.identifier), "{identifier}"]]) text = text.replaceAll(`"${value}"`, `"${name}"`).replaceAll(`/${value}/`, `/${name}/`).replaceAll(`/${value}"`, `/${name}"`);
  return JSON.parse(text);
}

describe("POST on Open Event's other EventList paths", () => {
  it("creates the event POST /v1/events creates (whole documents), owned by the caller, the path's id unused", async () => {
    const reference = await post(events.POST as Handler, "/v1/events", undefined, document());
    expect(reference.status).toBe(201);
    for (const [path, route, id] of paths()) {
      const created = await post(route.POST, path, id, document());
      expect(comparable(created), path).toEqual(comparable(reference));
      const eventId = Number((created.body.data as { id: string }).id);
      const row = await db.event.findUniqueOrThrow({ where: { id: eventId }, include: { roles: { include: { role: true } } } });
      expect(row.roles.map((role) => [role.userId, role.role.name]), path).toEqual([[user.id, "owner"]]);
      expect([row.eventTypeId, row.eventTopicId, row.eventSubTopicId], path).toEqual([null, null, null]);
    }
  });

  it("takes the type, topic and sub-topic from the document's relationships, as POST /v1/events does", async () => {
    const relationships = {
      "event-type": { data: { type: "event-type", id: String(type.id) } },
      "event-topic": { data: { type: "event-topic", id: String(topic.id) } },
      "event-sub-topic": { data: { type: "event-sub-topic", id: String(subTopic.id) } },
    };
    const body = { data: { type: "event", attributes: ATTRIBUTES, relationships } };
    const created = await post(typeEvents.POST as Handler, `/v1/event-types/${type.id}/events`, type.id, body);
    expect(comparable(created)).toEqual(comparable(await post(events.POST as Handler, "/v1/events", undefined, body)));
    const row = await db.event.findUniqueOrThrow({ where: { id: Number((created.body.data as { id: string }).id) } });
    expect([row.eventTypeId, row.eventTopicId, row.eventSubTopicId]).toEqual([type.id, topic.id, subTopic.id]);
  });

  it("refuses what POST /v1/events refuses: bad input at its pointer, an anonymous caller with 401", async () => {
    const invalid = document({ ...ATTRIBUTES, name: "", "ends-at": "2031-04-01T09:00:00.000Z", "is-feature": true });
    const reference = await post(events.POST as Handler, "/v1/events", undefined, invalid);
    expect(reference.status).toBe(422);
    const pointers = (reference.body.errors as { source: { pointer: string } }[]).map((error) => error.source.pointer);
    expect(pointers).toEqual(expect.arrayContaining(["/data/attributes/name", "/data/attributes/is-feature"]));
    const anonymous = await post(events.POST as Handler, "/v1/events", undefined, document(), "");
    expect(anonymous.status).toBe(401);
    const before = await db.event.count();
    for (const [path, route, id] of paths()) {
      expect(await post(route.POST, path, id, invalid), path).toEqual(reference);
      expect(await post(route.POST, path, id, document(), ""), path).toEqual(anonymous);
    }
    expect(await db.event.count()).toBe(before);
  });
});
