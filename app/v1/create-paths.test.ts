import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { db } from "@/lib/db";
import type { Event, EventTopic } from "@/lib/generated/prisma/client";
import { resourceOf } from "@/lib/jsonapi/registry";
import { failure, noParams, params, read, request } from "@/lib/testing/api";
import { declaredResources, ROOT } from "@/lib/testing/v1-routes";
import { addRole, createEvent, createEventTopic, createUser } from "@/prisma/factories";

/**
 * Both create paths of every resource created under a parent (most under their event, sub-topics
 * under their topic): Open Event's `POST /v1/<path>` with `relationships.<parent>`, and ours under
 * `/v1/<parent path>/{id}/<path>`. The same document sent to both makes the same row: the two
 * answers (and the rows read back) are equal but for the id and the links that carry it.
 * Resources are found in the app's list, so one declared later with a parent is covered here and
 * needs a sample document below.
 */

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** A valid POST document's attributes per type. */
const SAMPLES: Record<string, Record<string, unknown>> = {
  session: { title: "Keynote", "short-abstract": "Opening", state: "accepted", language: "English", "slides-url": "https://example.com/slides" },
  speaker: { name: "Ada Lovelace", email: "ada@example.com", organisation: "Analytical Engines", website: "https://ada.example" },
  track: { name: "Web", description: "All things web", color: "#FFEB3B" },
  microlocation: { name: "Hall A", floor: 2, room: "2-01", latitude: 1.3, longitude: 103.8 },
  "session-type": { name: "Workshop", length: "01:30" },
  sponsor: { name: "ACME", url: "https://acme.example", "logo-url": "/images/acme.png", type: "Gold", level: 1 },
  "social-link": { name: "GitHub", link: "https://github.com/fossasia", identifier: "github" },
  ticket: { name: "Standard", type: "paid", price: 25.5, "sales-starts-at": "2030-01-01T00:00:00.000Z", "sales-ends-at": "2030-02-01T00:00:00.000Z" },
  "event-sub-topic": { name: "Robotics" },
  "custom-form-option": { value: "Large", position: 0 },
};

let event: Event;
let foreign: Event;
let topic: EventTopic;
let field: { id: number };
let token: string;
let adminToken: string;
let outsiderToken: string;

/** The parent row, its path, its relationship's member name and who may add to it, by the parent's type. */
const parents = () =>
  ({
    event: { id: event.id, path: "events", name: "event", token },
    "event-topic": { id: topic.id, path: "event-topics", name: "event-topic", token: adminToken },
    "custom-form": { id: field.id, path: "custom-forms", name: "custom-form", token },
  }) as const;

const delegateOf = (model: string) =>
  (db as unknown as Record<string, { delete(args: { where: { id: number } }): Promise<unknown> }>)[model.charAt(0).toLowerCase() + model.slice(1)]!;

async function handlers(file: string): Promise<Record<string, Handler>> {
  const full = path.join(ROOT, "app", "v1", file);
  expect(existsSync(full), `${file} exists`).toBe(true);
  return (await import(pathToFileURL(full).href)) as Record<string, Handler>;
}

const createdUnderParent = async () => (await declaredResources()).filter((resource) => resource.create?.parent !== undefined);
const parentType = (resource: { relationships?: Record<string, { type: string }>; create?: { parent?: string } }) =>
  resource.relationships![resource.create!.parent!]!.type as keyof ReturnType<typeof parents>;

beforeAll(async () => {
  const organizer = await createUser();
  const outsider = await createUser();
  const admin = await createUser({ isAdmin: true });
  adminToken = await signApiToken(admin);
  topic = await createEventTopic();
  event = await createEvent({ state: "published", isSessionsSpeakersEnabled: true });
  foreign = await createEvent({ state: "published" });
  await addRole(organizer, event, "organizer");
  await addRole(outsider, foreign, "organizer");
  token = await signApiToken(organizer);
  field = await db.customForm.create({ data: { eventId: event.id, form: "speaker", fieldIdentifier: "shirtSize", name: "Shirt size", type: "select", isIncluded: true, isComplex: true } });
  outsiderToken = await signApiToken(outsider);
});

const eventLinkage = (id: string | number, type = "event") => ({ event: { data: { type, id: String(id) } } });

/** The document without what names the row: its id, and the links built from it. */
function withoutIdentity(document: Record<string, unknown>, id: string): unknown {
  return JSON.parse(JSON.stringify(document).replaceAll(`/${id}/`, "/{id}/").replaceAll(`/${id}"`, '/{id}"').replaceAll(`"id":"${id}"`, '"id":"{id}"'));
}

/** Timestamps of creation differ by the milliseconds between the two requests. */
const STAMPS = new Set(["created-at", "last-modified-at", "submitted-at"]);
function comparable(body: Record<string, unknown>): unknown {
  const data = body.data as { id: string; attributes: Record<string, unknown> };
  const attributes = Object.fromEntries(Object.entries(data.attributes).map(([name, value]) => [name, STAMPS.has(name) && value !== null ? "<time>" : value]));
  return withoutIdentity({ ...body, data: { ...data, attributes } }, data.id);
}

describe("POST /v1/<path> with relationships.<parent>", () => {
  it("covers every resource created under a parent, each with a route file at its own path", async () => {
    const types = (await createdUnderParent()).map((resource) => resource.type);
    expect(types).toEqual(expect.arrayContaining(Object.keys(SAMPLES)));
    for (const type of types) expect(SAMPLES[type], `a sample document for ${type}`).toBeDefined();
    expect(resourceOf("event-sub-topic").create?.parent).toBe("eventTopic");
  });

  it("answers 201 with Location, and the row equals one created through /v1/<parent path>/{id}/<path> (whole documents)", async () => {
    for (const resource of await createdUnderParent()) {
      const attributes = SAMPLES[resource.type]!;
      const parent = parents()[parentType(resource)];
      const { token } = parent;
      const own = await handlers(`${resource.path}/route.ts`);
      const nested = await handlers(`${parent.path}/[id]/${resource.path}/route.ts`);

      // Read back through the item route: the stored rows agree too.
      const item = await handlers(`${resource.path}/[id]/route.ts`);
      const readBack = async (body: Record<string, unknown>) => {
        const rowId = (body.data as { id: string }).id;
        return comparable((await read(await item.GET!(request("GET", `/v1/${resource.path}/${rowId}`, { token }), params({ id: rowId })))).body);
      };

      const viaNested = await nested.POST!(
        request("POST", `/v1/${parent.path}/${parent.id}/${resource.path}`, { token, body: { data: { type: resource.type, attributes } } }),
        params({ id: parent.id }),
      );
      const a = await read(viaNested);
      const first = await readBack(a.body);
      // Names unique under their parent (sub-topics) leave room for the second row.
      await delegateOf(resource.model).delete({ where: { id: Number((a.body.data as { id: string }).id) } });
      const linkage = { [parent.name]: { data: { type: parentType(resource), id: String(parent.id) } } };
      const viaOwn = await own.POST!(
        request("POST", `/v1/${resource.path}`, { token, body: { data: { type: resource.type, attributes, relationships: linkage } } }),
        noParams,
      );
      const b = await read(viaOwn);
      expect([resource.type, a.status, b.status]).toEqual([resource.type, 201, 201]);
      const id = (b.body.data as { id: string }).id;
      expect(viaOwn.headers.get("location")).toBe(`/v1/${resource.path}/${id}`);
      expect(comparable(b.body), resource.type).toEqual(comparable(a.body));
      expect(await readBack(b.body), resource.type).toEqual(first);
    }
  });

  it("takes the event's identifier as well as its id", async () => {
    const own = await handlers("tracks/route.ts");
    const { status, body } = await read(
      await own.POST!(request("POST", "/v1/tracks", { token, body: { data: { type: "track", attributes: { name: "By identifier" }, relationships: eventLinkage(event.identifier) } } }), noParams),
    );
    expect(status).toBe(201);
    const row = await db.track.findUniqueOrThrow({ where: { id: Number((body.data as { id: string }).id) } });
    expect([row.eventId, row.name]).toEqual([event.id, "By identifier"]);
  });

  it("refuses a missing, malformed, unknown or foreign event with 422 at /data/relationships/event, and creates nothing", async () => {
    const before = await Promise.all([db.track.count(), db.session.count()]);
    const post = async (file: string, type: string, attributes: Record<string, unknown>, relationships: unknown, auth = token) =>
      read(await (await handlers(file)).POST!(request("POST", `/v1/${file}`, { token: auth, body: { data: { type, attributes, relationships } } }), noParams));
    const track = (relationships: unknown, auth?: string) => post("tracks/route.ts", "track", { name: "Nowhere" }, relationships, auth);

    expect(await track(undefined)).toEqual(failure(422, ["Required: the event this belongs to", "/data/relationships/event"]));
    expect(await track({ event: { data: null } })).toEqual(failure(422, ["Must be {data: {type, id}}", "/data/relationships/event/data"]));
    expect(await track(eventLinkage(event.id, "track"))).toEqual(failure(422, ['Expected type "event"', "/data/relationships/event/data/type"]));
    const nowhere = failure(422, ["There is no event with this id that you may add to", "/data/relationships/event"]);
    expect(await track(eventLinkage(2_000_000_000))).toEqual(nowhere);
    expect(await track(eventLinkage("no-such-event"))).toEqual(nowhere);
    // Another organizer's event, and ours for that organizer: the same answer, which tells nothing.
    expect(await track(eventLinkage(foreign.id))).toEqual(nowhere);
    expect(await track(eventLinkage(event.id), outsiderToken)).toEqual(nowhere);
    // Validation of the attributes is reported with the relationship's.
    expect(await post("sessions/route.ts", "session", { title: "" }, undefined)).toEqual(
      failure(422, ["Required: the event this belongs to", "/data/relationships/event"], ["Title is required", "/data/attributes/title"]),
    );
    expect(await Promise.all([db.track.count(), db.session.count()])).toEqual(before);
  });

  it("asks for a sign-in before anything else (401), as the nested path does", async () => {
    const own = await handlers("sessions/route.ts");
    const { status } = await read(
      await own.POST!(request("POST", "/v1/sessions", { body: { data: { type: "session", attributes: { title: "Anonymous" }, relationships: eventLinkage(event.id) } } }), noParams),
    );
    expect(status).toBe(401);
  });
});
