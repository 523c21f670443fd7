import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { db, queryCount } from "@/lib/db";
import type { Event } from "@/lib/generated/prisma/client";
import { addRole, createEvent, createEventTopic, createEventType, createUser } from "@/prisma/factories";
import { DELETE, GET as getOne, PATCH } from "./[id]/route";
import { GET as list, POST } from "./route";
import { MEDIA_TYPE, noParams, params, read as readAnswer, request } from "@/lib/testing/api";

/** Every answer here is a JSON:API document. */
async function read(response: Response) {
  expect(response.headers.get("content-type")).toBe(MEDIA_TYPE);
  return readAnswer(response);
}

const error = (status: number, code: string, title: string, detail: string, source?: Record<string, string>) => ({
  status: String(status),
  code,
  title,
  detail,
  ...(source ? { source } : {}),
});
const validation = (detail: string, pointer: string) => error(422, "UNPROCESSABLE", "Validation error", detail, { pointer });
const badParameter = (detail: string, parameter: string) => error(400, "BAD_REQUEST", "Bad request", detail, { parameter });
const errors = (...list: unknown[]) => ({ errors: list, jsonapi: { version: "1.1" } });

const relationshipLinks = (id: number | string, name: string) => ({
  links: { self: `/v1/events/${id}/relationships/${name}`, related: `/v1/events/${id}/${name}` },
});

/** The event's content relationships and its forms and call: links only unless included. */
const TO_MANY = ["microlocations", "tracks", "session-types", "sponsors", "social-links", "tickets", "sessions", "speakers", "custom-forms", "speakers-call"];
const toManyLinks = (id: number | string) => Object.fromEntries(TO_MANY.map((name) => [name, relationshipLinks(id, name)]));

/** The complete resource object of an event, for exact comparisons. */
function eventObject(event: Event, overrides: Record<string, unknown> = {}, relationships: Record<string, unknown> = {}) {
  return {
    type: "event",
    id: String(event.id),
    attributes: {
      identifier: event.identifier,
      name: event.name,
      "starts-at": event.startsAt.toISOString(),
      "ends-at": event.endsAt.toISOString(),
      timezone: event.timezone,
      "location-name": event.locationName,
      latitude: event.latitude,
      longitude: event.longitude,
      online: event.online,
      description: event.description,
      "original-image-url": event.originalImageUrl,
      "large-image-url": event.largeImageUrl,
      "thumbnail-image-url": event.thumbnailImageUrl,
      "icon-image-url": event.iconImageUrl,
      "logo-url": event.logoUrl,
      "owner-name": event.ownerName,
      "owner-description": event.ownerDescription,
      "has-owner-info": event.hasOwnerInfo,
      "external-event-url": event.externalEventUrl,
      "ticket-url": event.ticketUrl,
      "code-of-conduct": event.codeOfConduct,
      "payment-currency": event.paymentCurrency,
      privacy: event.privacy,
      state: event.state,
      "schedule-published-on": event.schedulePublishedOn?.toISOString() ?? null,
      "is-sessions-speakers-enabled": event.isSessionsSpeakersEnabled,
      "is-sponsors-enabled": event.isSponsorsEnabled,
      email: event.email,
      "created-at": event.createdAt.toISOString(),
      ...overrides,
    },
    relationships: {
      "event-topic": relationshipLinks(event.id, "event-topic"),
      "event-sub-topic": relationshipLinks(event.id, "event-sub-topic"),
      "event-type": relationshipLinks(event.id, "event-type"),
      ...toManyLinks(event.id),
      ...relationships,
    },
    links: { self: `/v1/events/${event.id}` },
  };
}

/** What anyone without a staff role sees: no `deleted-at`. Staff also see `deleted-at`. */
const staffObject = (event: Event, overrides: Record<string, unknown> = {}, relationships: Record<string, unknown> = {}) =>
  eventObject(event, { "deleted-at": event.deletedAt?.toISOString() ?? null, ...overrides }, relationships);

const eventCount = () => db.event.count();

let owner: { id: number };
let ownerToken: string;
let strangerToken: string;
let adminToken: string;

beforeAll(async () => {
  owner = await createUser();
  ownerToken = await signApiToken(owner);
  strangerToken = await signApiToken(await createUser());
  adminToken = await signApiToken(await createUser({ isAdmin: true }));
});

const validBody = (attributes: Record<string, unknown> = {}) => ({
  data: {
    type: "event",
    attributes: {
      name: "FOSSASIA Summit",
      "starts-at": "2030-03-01T09:00:00.000Z",
      "ends-at": "2030-03-03T17:00:00.000Z",
      timezone: "Asia/Singapore",
      ...attributes,
    },
  },
});

describe("POST /v1/events", () => {
  it("creates a draft owned by the caller and answers the whole document", async () => {
    const response = await POST(request("POST", "/v1/events", { token: ownerToken, body: validBody() }), noParams);
    const { status, body } = await read(response);
    expect(status).toBe(201);
    const stored = await db.event.findFirstOrThrow({ where: { name: "FOSSASIA Summit" }, include: { roles: { include: { role: true } } } });
    expect(stored.identifier).toMatch(/^[a-z0-9]{8}$/);
    expect(stored.identifier).toMatch(/[a-z]/);
    expect(stored.creatorId).toBe(owner.id);
    expect(stored.roles.map((entry) => [entry.userId, entry.role.name])).toEqual([[owner.id, "owner"]]);
    expect(response.headers.get("location")).toBe(`/v1/events/${stored.id}`);
    expect(body).toEqual({
      data: {
        type: "event",
        id: String(stored.id),
        attributes: {
          identifier: stored.identifier,
          name: "FOSSASIA Summit",
          "starts-at": "2030-03-01T09:00:00.000Z",
          "ends-at": "2030-03-03T17:00:00.000Z",
          timezone: "Asia/Singapore",
          "location-name": null,
          latitude: null,
          longitude: null,
          online: false,
          description: null,
          "original-image-url": null,
          "large-image-url": null,
          "thumbnail-image-url": null,
          "icon-image-url": null,
          "logo-url": null,
          "owner-name": null,
          "owner-description": null,
          "has-owner-info": false,
          "external-event-url": null,
          "ticket-url": null,
          "code-of-conduct": null,
          "payment-currency": "USD",
          privacy: "public",
          state: "draft",
          "schedule-published-on": null,
          "is-sessions-speakers-enabled": true,
          "is-sponsors-enabled": false,
          email: null,
          "created-at": stored.createdAt.toISOString(),
          "deleted-at": null,
        },
        relationships: {
          "event-topic": relationshipLinks(stored.id, "event-topic"),
          "event-sub-topic": relationshipLinks(stored.id, "event-sub-topic"),
          "event-type": relationshipLinks(stored.id, "event-type"),
          ...toManyLinks(stored.id),
        },
        links: { self: `/v1/events/${stored.id}` },
      },
      links: { self: `/v1/events/${stored.id}` },
      jsonapi: { version: "1.1" },
    });
  });

  it("sets relationships from linkage and embeds them with include", async () => {
    const topic = await createEventTopic({ systemImageUrl: "https://img.example/science.png" });
    const type = await createEventType();
    const response = await POST(
      request("POST", "/v1/events?include=event-topic,event-type", {
        token: ownerToken,
        body: {
          data: {
            ...validBody({ name: "With topic" }).data,
            relationships: {
              "event-topic": { data: { type: "event-topic", id: String(topic.id) } },
              "event-type": { data: { type: "event-type", id: String(type.id) } },
            },
          },
        },
      }),
      noParams,
    );
    const { status, body } = await read(response);
    expect(status).toBe(201);
    const stored = await db.event.findFirstOrThrow({ where: { name: "With topic" } });
    expect([stored.eventTopicId, stored.eventTypeId]).toEqual([topic.id, type.id]);
    expect(body).toEqual({
      data: staffObject(
        stored,
        // No image of its own: the topic's system image stands in.
        { "original-image-url": "https://img.example/science.png" },
        {
          "event-topic": { ...relationshipLinks(stored.id, "event-topic"), data: { type: "event-topic", id: String(topic.id) } },
          "event-type": { ...relationshipLinks(stored.id, "event-type"), data: { type: "event-type", id: String(type.id) } },
        },
      ),
      included: [
        {
          type: "event-topic",
          id: String(topic.id),
          attributes: { name: topic.name, slug: topic.slug, "system-image-url": "https://img.example/science.png" },
          relationships: {
            "event-sub-topics": {
              links: {
                self: `/v1/event-topics/${topic.id}/relationships/event-sub-topics`,
                related: `/v1/event-topics/${topic.id}/event-sub-topics`,
              },
            },
            events: { links: { self: `/v1/event-topics/${topic.id}/relationships/events`, related: `/v1/event-topics/${topic.id}/events` } },
          },
          links: { self: `/v1/event-topics/${topic.id}` },
        },
        {
          type: "event-type",
          id: String(type.id),
          attributes: { name: type.name, slug: type.slug },
          relationships: { events: { links: { self: `/v1/event-types/${type.id}/relationships/events`, related: `/v1/event-types/${type.id}/events` } } },
          links: { self: `/v1/event-types/${type.id}` },
        },
      ],
      links: { self: `/v1/events/${stored.id}` },
      jsonapi: { version: "1.1" },
    });
  });

  it("answers 401 to an anonymous caller and writes nothing", async () => {
    const before = await eventCount();
    const { status, body } = await read(await POST(request("POST", "/v1/events", { body: validBody() }), noParams));
    expect({ status, body }).toEqual({ status: 401, body: errors(error(401, "UNAUTHORIZED", "Unauthorized", "Sign in to create an event")) });
    expect(await eventCount()).toBe(before);
  });

  const badBodies: [string, unknown, number, unknown][] = [
    ["a missing name", validBody({ name: undefined }), 422, errors(validation("Invalid input: expected string, received undefined", "/data/attributes/name"))],
    ["an empty name", validBody({ name: "  " }), 422, errors(validation("Name is required", "/data/attributes/name"))],
    ["an end before the start", validBody({ "ends-at": "2030-02-01T00:00:00Z" }), 422, errors(validation("Must be after the start", "/data/attributes/ends-at"))],
    ["an unknown time zone", validBody({ timezone: "Mars/Olympus_Mons" }), 422, errors(validation("Unknown time zone", "/data/attributes/timezone"))],
    ["an unknown attribute", validBody({ colour: "red" }), 422, errors(validation('Unknown attribute "colour"', "/data/attributes/colour"))],
    ["malformed JSON", '{"data": {', 400, errors(error(400, "BAD_REQUEST", "Bad request", "The request body is not valid JSON"))],
    ["no data", { meta: {} }, 422, errors(validation("The document must have a data object", "/data"))],
    ["a wrong type", { data: { ...validBody().data, type: "session" } }, 409, errors(error(409, "CONFLICT", "Conflict", 'Expected type "event", got "session"', { pointer: "/data/type" }))],
    [
      "a sub-topic that does not exist",
      { data: { ...validBody().data, relationships: { "event-sub-topic": { data: { type: "event-sub-topic", id: "999" } } } } },
      422,
      errors(validation("This event sub-topic does not exist", "/data/relationships/event-sub-topic")),
    ],
  ];
  it.each(badBodies)("rejects %s with a JSON:API error and writes nothing", async (_, body, status, expected) => {
    const before = await eventCount();
    const response = await read(await POST(request("POST", "/v1/events", { token: ownerToken, body }), noParams));
    expect(response).toEqual({ status, body: expected });
    expect(await eventCount()).toBe(before);
  });
});

describe("GET /v1/events/{id}", () => {
  it("answers a published event to anyone, by id and by identifier", async () => {
    const event = await createEvent();
    for (const key of [event.id, event.identifier]) {
      const response = await read(await getOne(request("GET", `/v1/events/${key}`), params({ id: key })));
      expect(response).toEqual({
        status: 200,
        body: { data: eventObject(event), links: { self: `/v1/events/${event.id}` }, jsonapi: { version: "1.1" } },
      });
    }
  });

  it("answers a draft to its owner and 404 to everyone else", async () => {
    const draft = await createEvent({ state: "draft", owner });
    const notFound = { status: 404, body: errors(error(404, "NOT_FOUND", "Not found", "Event not found")) };
    expect(await read(await getOne(request("GET", `/v1/events/${draft.id}`), params({ id: draft.id })))).toEqual(notFound);
    expect(await read(await getOne(request("GET", `/v1/events/${draft.id}`, { token: strangerToken }), params({ id: draft.id })))).toEqual(notFound);
    const own = await read(await getOne(request("GET", `/v1/events/${draft.id}`, { token: ownerToken }), params({ id: draft.id })));
    expect(own).toEqual({ status: 200, body: { data: staffObject(draft), links: { self: `/v1/events/${draft.id}` }, jsonapi: { version: "1.1" } } });
  });

  it("keeps the anonymous document until the event, its topic or its schedule changes, and never a signed-in caller's", async () => {
    const topic = await createEventTopic({ systemImageUrl: "https://example.com/topic.png" });
    const event = await createEvent({ eventTopicId: topic.id });
    const get = async (query = "", token?: string, key: string | number = event.id) => {
      const before = queryCount();
      const response = await getOne(request("GET", `/v1/events/${key}${query}`, { token }), params({ id: key }));
      const { status, body } = await read(response);
      return { status, body, cache: response.headers.get("x-open-event-cache"), queries: queryCount() - before };
    };
    const first = await get();
    expect(first).toMatchObject({ status: 200, cache: "render", body: { data: eventObject(event, { "original-image-url": "https://example.com/topic.png" }) } });
    // Unchanged since: the stamp alone, the same document.
    expect(await get()).toEqual({ ...first, cache: "hit", queries: 1 });
    expect(await get("", undefined, event.identifier)).toMatchObject({ cache: "render", body: first.body });
    // A write through any path shows on the next request: the event's own row, its topic.
    await db.event.update({ where: { id: event.id }, data: { name: "Renamed" } });
    expect(await get()).toMatchObject({ cache: "render", body: { data: { attributes: { name: "Renamed" } } } });
    await db.eventTopic.update({ where: { id: topic.id }, data: { systemImageUrl: "https://example.com/other.png" } });
    expect(await get()).toMatchObject({ cache: "render", body: { data: { attributes: { "original-image-url": "https://example.com/other.png" } } } });
    // Its schedule included: kept under the schedule's stamp, so a new track shows at once.
    const withTracks = await get("?include=tracks");
    expect([withTracks.cache, withTracks.body.included]).toEqual(["render", []]);
    expect((await get("?include=tracks")).cache).toBe("hit");
    const track = await db.track.create({ data: { eventId: event.id, name: "New track" } });
    expect(await get("?include=tracks")).toMatchObject({ cache: "render", body: { included: [{ type: "track", id: String(track.id) }] } });
    // An included topic reaches rows outside the stamp (its events): built for each request, as are signed-in callers'.
    expect((await get("?include=event-topic")).cache).toBeNull();
    expect((await get("", strangerToken)).cache).toBeNull();
    // Unpublished: gone for anonymous callers at once.
    await db.event.update({ where: { id: event.id }, data: { state: "draft" } });
    expect(await get()).toMatchObject({ status: 404, cache: null });
    expect(await get()).toMatchObject({ status: 404, cache: null });
  });

  it("rejects unknown includes and collection parameters", async () => {
    const event = await createEvent();
    const path = `/v1/events/${event.id}`;
    expect(await read(await getOne(request("GET", `${path}?include=nonsense`), params({ id: event.id })))).toEqual({
      status: 400,
      body: errors(badParameter('"nonsense" is not a relationship of event that can be included', "include")),
    });
    expect(await read(await getOne(request("GET", `${path}?sort=name`), params({ id: event.id })))).toEqual({
      status: 400,
      body: errors(badParameter('Query parameter "sort" applies to collections only', "sort")),
    });
  });
});

describe("PATCH /v1/events/{id}", () => {
  const patchBody = (id: number | string, attributes: Record<string, unknown>) => ({ data: { type: "event", id: String(id), attributes } });

  it("renames the event for its owner", async () => {
    const event = await createEvent({ owner });
    const response = await read(
      await PATCH(request("PATCH", `/v1/events/${event.identifier}`, { token: ownerToken, body: patchBody(event.id, { name: "Renamed" }) }), params({ id: event.identifier })),
    );
    const stored = await db.event.findUniqueOrThrow({ where: { id: event.id } });
    expect(stored.name).toBe("Renamed");
    expect(response).toEqual({ status: 200, body: { data: staffObject(stored), links: { self: `/v1/events/${event.id}` }, jsonapi: { version: "1.1" } } });
  });

  it("stores has-owner-info (Open Event's switch for the organizer on the event page) and refuses a non-boolean at its pointer", async () => {
    const event = await createEvent({ owner });
    const send = (value: unknown) =>
      PATCH(request("PATCH", `/v1/events/${event.id}`, { token: ownerToken, body: patchBody(event.id, { "has-owner-info": value }) }), params({ id: event.id })).then(read);
    const shown = await send(true);
    expect([shown.status, (shown.body as { data: { attributes: Record<string, unknown> } }).data.attributes["has-owner-info"]]).toEqual([200, true]);
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).hasOwnerInfo).toBe(true);
    const refused = await send("yes");
    expect(refused.status).toBe(422);
    expect((refused.body as { errors: { source: { pointer: string } }[] }).errors[0]!.source.pointer).toBe("/data/attributes/has-owner-info");
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).hasOwnerInfo).toBe(true);
  });

  it("ignores read-only attributes a client sends back", async () => {
    const event = await createEvent({ owner });
    const response = await PATCH(
      request("PATCH", `/v1/events/${event.id}`, { token: ownerToken, body: patchBody(event.id, { identifier: "hijacked", "created-at": "2000-01-01T00:00:00Z", name: "Kept" }) }),
      params({ id: event.id }),
    );
    expect(response.status).toBe(200);
    const stored = await db.event.findUniqueOrThrow({ where: { id: event.id } });
    expect([stored.identifier, stored.createdAt, stored.name]).toEqual([event.identifier, event.createdAt, "Kept"]);
  });

  it("publishes and unpublishes through state", async () => {
    const event = await createEvent({ owner, state: "draft" });
    const published = "2030-01-01T00:00:00.000Z";
    const response = await PATCH(
      request("PATCH", `/v1/events/${event.id}`, { token: ownerToken, body: patchBody(event.id, { state: "published", "schedule-published-on": published }) }),
      params({ id: event.id }),
    );
    expect(response.status).toBe(200);
    expect(await db.event.findUniqueOrThrow({ where: { id: event.id }, select: { state: true, schedulePublishedOn: true } })).toEqual({
      state: "published",
      schedulePublishedOn: new Date(published),
    });
    // Now public: anyone can read it.
    expect((await getOne(request("GET", `/v1/events/${event.id}`), params({ id: event.id }))).status).toBe(200);
  });

  const unchanged = async (event: Event) => expect(await db.event.findUniqueOrThrow({ where: { id: event.id } })).toEqual(event);

  it("checks the end against the stored start", async () => {
    const event = await createEvent({ owner });
    const response = await read(
      await PATCH(
        request("PATCH", `/v1/events/${event.id}`, { token: ownerToken, body: patchBody(event.id, { "ends-at": new Date(event.startsAt.getTime() - 1000).toISOString() }) }),
        params({ id: event.id }),
      ),
    );
    expect(response).toEqual({ status: 422, body: errors(validation("Must be after the start", "/data/attributes/ends-at")) });
    await unchanged(event);
  });

  it("answers 409 when data.id names another event", async () => {
    const event = await createEvent({ owner });
    const other = await createEvent({ owner });
    const conflict = { status: 409, body: errors(error(409, "CONFLICT", "Conflict", "data.id does not match the event in the URL", { pointer: "/data/id" })) };
    for (const key of [event.id, event.identifier]) {
      const response = await PATCH(request("PATCH", `/v1/events/${key}`, { token: ownerToken, body: patchBody(other.id, { name: "X" }) }), params({ id: key }));
      expect(await read(response)).toEqual(conflict);
    }
    await unchanged(event);
    await unchanged(other);
  });

  it("refuses callers without the right role", async () => {
    const draft = await createEvent({ owner, state: "draft" });
    const published = await createEvent({ owner });
    const attendee = await createUser();
    await addRole(attendee, published, "attendee");
    const attendeeToken = await signApiToken(attendee);
    // Someone who cannot see the draft learns nothing about it.
    expect(
      await read(await PATCH(request("PATCH", `/v1/events/${draft.id}`, { token: strangerToken, body: patchBody(draft.id, { name: "X" }) }), params({ id: draft.id }))),
    ).toEqual({ status: 404, body: errors(error(404, "NOT_FOUND", "Not found", "Event not found")) });
    // Someone who can see the event but holds no organizer role is forbidden.
    for (const token of [attendeeToken, undefined]) {
      const response = await read(
        await PATCH(request("PATCH", `/v1/events/${published.id}`, { token, body: patchBody(published.id, { name: "X" }) }), params({ id: published.id })),
      );
      expect(response).toEqual({ status: 403, body: errors(error(403, "FORBIDDEN", "Forbidden", "You may not change this event")) });
    }
    await unchanged(draft);
    await unchanged(published);
  });
});

describe("DELETE /v1/events/{id}", () => {
  it("soft-deletes for the owner; afterwards the event is 404", async () => {
    const event = await createEvent({ owner });
    const response = await read(await DELETE(request("DELETE", `/v1/events/${event.id}`, { token: ownerToken }), params({ id: event.id })));
    expect(response).toEqual({ status: 200, body: { meta: { message: "Object successfully deleted" }, jsonapi: { version: "1.1" } } });
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).deletedAt).toBeInstanceOf(Date);
    const notFound = { status: 404, body: errors(error(404, "NOT_FOUND", "Not found", "Event not found")) };
    expect(await read(await getOne(request("GET", `/v1/events/${event.id}`, { token: ownerToken }), params({ id: event.id })))).toEqual(notFound);
    expect(await read(await getOne(request("GET", `/v1/events/${event.id}`, { token: adminToken }), params({ id: event.id })))).toEqual(notFound);
    expect(await read(await DELETE(request("DELETE", `/v1/events/${event.id}`, { token: ownerToken }), params({ id: event.id })))).toEqual(notFound);
  });

  it("is forbidden to a co-organizer and to strangers", async () => {
    const event = await createEvent({ owner });
    const coorganizer = await createUser();
    await addRole(coorganizer, event, "coorganizer");
    for (const token of [await signApiToken(coorganizer), strangerToken]) {
      const response = await read(await DELETE(request("DELETE", `/v1/events/${event.id}`, { token }), params({ id: event.id })));
      expect(response).toEqual({ status: 403, body: errors(error(403, "FORBIDDEN", "Forbidden", "You may not delete this event")) });
    }
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).deletedAt).toBeNull();
  });
});

describe("GET /v1/events", () => {
  // A separate world: these tests count what the list shows.
  let published: Event[];
  let draft: Event;
  let privateEvent: Event;
  let deleted: Event;

  beforeAll(async () => {
    await db.event.updateMany({ data: { deletedAt: new Date() } });
    const start = Date.UTC(2031, 0, 1);
    const day = 24 * 3600 * 1000;
    published = [];
    for (const [index, name] of ["Delta", "alpha", "Charlie", "Bravo", "Echo"].entries()) {
      published.push(await createEvent({ name, startsAt: new Date(start + index * day), endsAt: new Date(start + index * day + 3600_000) }));
    }
    draft = await createEvent({ state: "draft", owner, name: "Draft", startsAt: new Date(start), endsAt: new Date(start + 3600_000) });
    privateEvent = await createEvent({ privacy: "private", name: "Private", startsAt: new Date(start), endsAt: new Date(start + 3600_000) });
    deleted = await createEvent({ deletedAt: new Date(), name: "Deleted" });
  });

  const ids = (body: Record<string, unknown>) => (body.data as { id: string }[]).map((item) => Number(item.id));
  const get = async (query: string, token?: string) => read(await list(request("GET", `/v1/events${query}`, { token }), noParams));

  it("lists published public events anonymously, by start, with links and count", async () => {
    const { status, body } = await get("");
    expect(status).toBe(200);
    expect(body).toEqual({
      data: published.map((event) => eventObject(event)),
      links: {
        self: "/v1/events",
        first: "/v1/events?page%5Bnumber%5D=1",
        last: "/v1/events?page%5Bnumber%5D=1",
        prev: null,
        next: null,
      },
      meta: { count: 5 },
      jsonapi: { version: "1.1" },
    });
  });

  it("shows admins drafts, private and published events but never deleted ones", async () => {
    const { body } = await get("?page[size]=100", adminToken);
    expect(new Set(ids(body))).toEqual(new Set([...published, draft, privateEvent].map((event) => event.id)));
    expect(ids(body)).not.toContain(deleted.id);
  });

  it("filters on state", async () => {
    const drafts = await get(`?filter=${encodeURIComponent(JSON.stringify([{ name: "state", op: "eq", val: "draft" }]))}`, adminToken);
    expect(ids(drafts.body)).toEqual([draft.id]);
    expect(drafts.body.meta).toEqual({ count: 1 });
    // Anonymous callers cannot widen their scope with a filter.
    const anonymous = await get(`?filter=${encodeURIComponent(JSON.stringify([{ name: "state", op: "eq", val: "draft" }]))}`);
    expect([ids(anonymous.body), anonymous.body.meta]).toEqual([[], { count: 0 }]);
    const nested = await get(
      `?filter=${encodeURIComponent(JSON.stringify([{ or: [{ name: "name", op: "ilike", val: "%ALPHA%" }, { name: "name", op: "eq", val: "Echo" }] }]))}`,
    );
    expect(ids(nested.body)).toEqual([published[1]!.id, published[4]!.id]);
  });

  it("sorts by allow-listed attributes", async () => {
    expect(ids((await get("?sort=-starts-at")).body)).toEqual([...published].reverse().map((event) => event.id));
    expect(ids((await get("?sort=name")).body)).toEqual([3, 2, 0, 4, 1].map((index) => published[index]!.id));
    expect(await get("?sort=description")).toEqual({ status: 400, body: errors(badParameter('Cannot sort by "description"', "sort")) });
  });

  it("paginates with links and the total count", async () => {
    const { body } = await get("?sort=starts-at&page[size]=2&page[number]=2");
    expect(ids(body)).toEqual([published[2]!.id, published[3]!.id]);
    const link = (n: number) => `/v1/events?sort=starts-at&page%5Bsize%5D=2&page%5Bnumber%5D=${n}`;
    expect([body.links, body.meta]).toEqual([
      { self: "/v1/events?sort=starts-at&page[size]=2&page[number]=2", first: link(1), last: link(3), prev: link(1), next: link(3) },
      { count: 5 },
    ]);
    const last = await get("?page[size]=2&page[number]=3");
    expect(ids(last.body)).toEqual([published[4]!.id]);
    expect((last.body.links as { next: unknown }).next).toBeNull();
  });

  it("rejects bad query parameters with the parameter's name", async () => {
    expect(await get("?page[size]=100000")).toEqual({ status: 400, body: errors(badParameter("page[size] must be an integer from 1 to 100, or 0 for the whole collection (at most 1000 rows)", "page[size]")) });
    expect(await get("?pgae[size]=2")).toEqual({ status: 400, body: errors(badParameter('Unknown query parameter "pgae[size]"', "pgae[size]")) });
    expect(await get("?include=nonsense")).toEqual({
      status: 400,
      body: errors(badParameter('"nonsense" is not a relationship of event that can be included', "include")),
    });
    // deleted-at is filterable (Open Event's admin lists send it); the description is not.
    expect(await get(`?filter=${encodeURIComponent('[{"name":"description","op":"eq","val":null}]')}`)).toEqual({
      status: 400,
      body: errors(badParameter('Cannot filter on "description"', "filter")),
    });
  });

  it("returns sparse fieldsets", async () => {
    const { body } = await get("?fields[event]=name,event-topic&page[size]=1");
    const first = published[0]!;
    expect(body.data).toEqual([
      { type: "event", id: String(first.id), attributes: { name: first.name }, relationships: { "event-topic": relationshipLinks(first.id, "event-topic") }, links: { self: `/v1/events/${first.id}` } },
    ]);
  });

  it("loads a page with includes in a constant number of queries", async () => {
    const topic = await createEventTopic();
    const type = await createEventType();
    const measure = async (size: number) => {
      const before = queryCount();
      const { body } = await get(`?include=event-topic,event-type,event-sub-topic&page[size]=${size}`, adminToken);
      expect((body.data as unknown[]).length).toBe(size);
      return queryCount() - before;
    };
    await db.event.updateMany({ data: { eventTopicId: topic.id, eventTypeId: type.id } });
    const one = await measure(1);
    for (let i = 0; i < 100; i++) await createEvent({ eventTopicId: topic.id, eventTypeId: type.id });
    expect(await measure(100)).toBe(one);
  });
});
