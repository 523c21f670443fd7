import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { db } from "@/lib/db";
import type { Event } from "@/lib/generated/prisma/client";
import { failure, noParams, params, read, request } from "@/lib/testing/api";
import { declaredResources, ROOT } from "@/lib/testing/v1-routes";
import { addRole, createEvent, createUser } from "@/prisma/factories";

/**
 * Both create paths of every resource created under its event: Open Event's `POST /v1/<path>`
 * with `relationships.event`, and ours under `/v1/events/{id}/<path>`. The same document sent to
 * both makes the same row: the two answers (and the rows read back) are equal but for the id and
 * the links that carry it. Resources are found in the app's list, so one declared later with
 * parent "event" is covered here and needs a sample document below.
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
};

let event: Event;
let foreign: Event;
let token: string;
let outsiderToken: string;

async function handlers(file: string): Promise<Record<string, Handler>> {
  const full = path.join(ROOT, "app", "v1", file);
  expect(existsSync(full), `${file} exists`).toBe(true);
  return (await import(pathToFileURL(full).href)) as Record<string, Handler>;
}

const createdUnderEvent = async () => (await declaredResources()).filter((resource) => resource.create?.parent === "event");

beforeAll(async () => {
  const organizer = await createUser();
  const outsider = await createUser();
  event = await createEvent({ state: "published", isSessionsSpeakersEnabled: true });
  foreign = await createEvent({ state: "published" });
  await addRole(organizer, event, "organizer");
  await addRole(outsider, foreign, "organizer");
  token = await signApiToken(organizer);
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

describe("POST /v1/<path> with relationships.event", () => {
  it("covers every resource created under an event, each with a route file at its own path", async () => {
    const types = (await createdUnderEvent()).map((resource) => resource.type);
    expect(types).toEqual(expect.arrayContaining(Object.keys(SAMPLES)));
    for (const type of types) expect(SAMPLES[type], `a sample document for ${type}`).toBeDefined();
  });

  it("answers 201 with Location, and the row equals one created through /v1/events/{id}/<path> (whole documents)", async () => {
    for (const resource of await createdUnderEvent()) {
      const attributes = SAMPLES[resource.type]!;
      const own = await handlers(`${resource.path}/route.ts`);
      const nested = await handlers(`events/[id]/${resource.path}/route.ts`);

      const viaEvent = await nested.POST!(
        request("POST", `/v1/events/${event.id}/${resource.path}`, { token, body: { data: { type: resource.type, attributes } } }),
        params({ id: event.id }),
      );
      const viaOwn = await own.POST!(
        request("POST", `/v1/${resource.path}`, { token, body: { data: { type: resource.type, attributes, relationships: eventLinkage(event.id) } } }),
        noParams,
      );
      const [a, b] = [await read(viaEvent), await read(viaOwn)];
      expect([resource.type, a.status, b.status]).toEqual([resource.type, 201, 201]);
      const id = (b.body.data as { id: string }).id;
      expect(viaOwn.headers.get("location")).toBe(`/v1/${resource.path}/${id}`);
      expect(comparable(b.body), resource.type).toEqual(comparable(a.body));

      // Read back through the item route: the stored rows agree too.
      const item = await handlers(`${resource.path}/[id]/route.ts`);
      const readBack = async (body: Record<string, unknown>) => {
        const rowId = (body.data as { id: string }).id;
        return comparable((await read(await item.GET!(request("GET", `/v1/${resource.path}/${rowId}`, { token }), params({ id: rowId })))).body);
      };
      expect(await readBack(b.body), resource.type).toEqual(await readBack(a.body));
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
    const nowhere = failure(422, ["There is no event with this id to which you may add a track", "/data/relationships/event"]);
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
