import { Jsona, ModelPropertiesMapper } from "jsona";
import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { params, read, request } from "@/lib/testing/api";
import { db } from "@/lib/db";
import { frontendModels } from "@/lib/oes/reference";
import { seed } from "@/prisma/seed";
import * as eventSessions from "./events/[id]/sessions/route";
import * as eventDetail from "./events/[id]/route";
import * as microlocationDetail from "./microlocations/[id]/route";
import * as sessionTypeDetail from "./session-types/[id]/route";
import * as sessionDetail from "./sessions/[id]/route";
import * as speakerDetail from "./speakers/[id]/route";
import * as trackDetail from "./tracks/[id]/route";

/**
 * Our documents read by a real JSON:API client (jsona, as a JavaScript frontend reads them): the
 * demo event's sessions with four includes and the event with `sessions.speakers`, two levels
 * deep, must deserialize into a complete graph that agrees with the database and with each
 * resource's own endpoint. Then the client writes back what it read, as the Open Event Frontend
 * saves a model (serialize every attribute it has, PATCH), and the resource must be unchanged.
 */

// jsona exports its classes but not its type names.
type TJsonaModel = Exclude<ReturnType<Jsona["deserialize"]>, unknown[]>;
type TJsonApiBody = ReturnType<Jsona["serialize"]>;
type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;

/** Members the frontend's serializer never sends back: links and meta are read-side only. */
class SaveMapper extends ModelPropertiesMapper {
  override getAttributes(model: TJsonaModel) {
    const { links: _links, meta: _meta, ...attributes } = super.getAttributes(model) as Record<string, unknown>;
    return attributes;
  }
}

const jsona = new Jsona({ modelPropertiesMapper: new SaveMapper() });
const mapper = new SaveMapper();

let token: string;
let eventId: number;

beforeAll(async () => {
  await seed();
  const organizer = await db.user.findUniqueOrThrow({ where: { email: "organizer@example.com" } });
  token = await signApiToken(organizer);
  eventId = (await db.event.findUniqueOrThrow({ where: { identifier: "ots2027" } })).id;
});

async function get(handler: Handler, path: string, id: number | string): Promise<TJsonApiBody> {
  const { status, body } = await read(await handler(request("GET", path, { token }), params({ id })));
  expect(status, path).toBe(200);
  return body as TJsonApiBody;
}

const many = (body: TJsonApiBody) => jsona.deserialize(body) as TJsonaModel[];
const one = (body: TJsonApiBody) => jsona.deserialize(body) as TJsonaModel;

/** A model as its own endpoint would show it: type, id, attributes and links (no relationships). */
const own = (model: TJsonaModel) => ({ type: model.type, id: model.id, ...(mapper.getAttributes(model) as object), links: model.links });

const INCLUDES = "speakers,track,microlocation,session-type";
const sessionsPath = () => `/v1/events/${eventId}/sessions?include=${INCLUDES}&page[size]=100`;

/** The demo event's sessions as the database has them, in the collection's default order. */
async function sessionsInDatabase() {
  const rows = await db.session.findMany({
    where: { eventId, deletedAt: null },
    orderBy: [{ startsAt: "asc" }, { title: "asc" }, { id: "asc" }],
    include: { speakers: { where: { speaker: { deletedAt: null } }, select: { speakerId: true } } },
  });
  return rows.map((row) => ({
    id: String(row.id),
    track: row.trackId === null ? null : String(row.trackId),
    microlocation: row.microlocationId === null ? null : String(row.microlocationId),
    "session-type": row.sessionTypeId === null ? null : String(row.sessionTypeId),
    speakers: row.speakers.map((link) => String(link.speakerId)).sort(),
  }));
}

const linkageOf = (session: TJsonaModel) => ({
  id: session.id,
  track: session.track?.id ?? null,
  microlocation: session.microlocation?.id ?? null,
  "session-type": session["session-type"]?.id ?? null,
  speakers: ((session.speakers ?? []) as TJsonaModel[]).map((speaker) => speaker.id).sort(),
});

/** Every model reachable from `roots` is the one object of its type and id: the graph is consistent. */
function expectOneObjectPerResource(roots: TJsonaModel[]) {
  const seen = new Map<string, TJsonaModel>();
  const visit = (model: TJsonaModel) => {
    const key = `${model.type} ${model.id}`;
    const known = seen.get(key);
    if (known) {
      expect(known, key).toBe(model);
      return;
    }
    seen.set(key, model);
    for (const name of model.relationshipNames ?? []) {
      const value = model[name] as TJsonaModel | TJsonaModel[] | null | undefined;
      for (const related of Array.isArray(value) ? value : value ? [value] : []) visit(related);
    }
  };
  roots.forEach(visit);
  return seen;
}

const DETAILS: Record<string, [Handler, string]> = {
  speaker: [speakerDetail.GET, "speakers"],
  track: [trackDetail.GET, "tracks"],
  microlocation: [microlocationDetail.GET, "microlocations"],
  "session-type": [sessionTypeDetail.GET, "session-types"],
};

describe("reading our documents with jsona", () => {
  it(`GET /v1/events/{id}/sessions?include=${INCLUDES} deserializes into the complete, consistent graph`, async () => {
    const sessions = many(await get(eventSessions.GET, sessionsPath(), eventId));
    const expected = await sessionsInDatabase();
    expect(expected.length).toBeGreaterThan(30);
    expect(expected.some((session) => session.speakers.length > 1)).toBe(true);
    expect(sessions.map(linkageOf)).toEqual(expected);

    // Every included object carries its attributes, exactly as its own endpoint shows them.
    const reached = expectOneObjectPerResource(sessions);
    const included = [...reached.values()].filter((model) => model.type !== "session");
    expect(new Set(included.map((model) => model.type))).toEqual(new Set(Object.keys(DETAILS)));
    for (const model of included) {
      const [handler, path] = DETAILS[model.type]!;
      expect(own(model), `${model.type} ${model.id}`).toEqual(own(one(await get(handler, `/v1/${path}/${model.id}`, model.id))));
    }
  });

  it("GET /v1/events/{id}?include=sessions.speakers deserializes two levels deep into the same sessions and speakers", async () => {
    const event = one(await get(eventDetail.GET, `/v1/events/${eventId}?include=sessions.speakers`, eventId));
    expect(own(event)).toEqual(own(one(await get(eventDetail.GET, `/v1/events/${eventId}`, eventId))));

    const sessions = event.sessions as TJsonaModel[];
    const fromCollection = many(await get(eventSessions.GET, sessionsPath(), eventId));
    expect(sessions.map((session) => session.id)).toEqual(fromCollection.map((session) => session.id));
    expect(sessions.map(own)).toEqual(fromCollection.map(own));
    expectOneObjectPerResource([event]);

    const speakers = sessions.flatMap((session) => session.speakers as TJsonaModel[]);
    expect(sessions.map((session) => (session.speakers as TJsonaModel[]).map((speaker) => speaker.id).sort())).toEqual(
      (await sessionsInDatabase()).map((session) => session.speakers),
    );
    const speakersOfCollection = new Map(fromCollection.flatMap((session) => session.speakers as TJsonaModel[]).map((speaker) => [speaker.id, own(speaker)]));
    for (const speaker of speakers) expect(own(speaker)).toEqual(speakersOfCollection.get(speaker.id));
  });
});

// ---------------------------------------------------------------------------------------------
// Writing back.

/**
 * The document a client saves: the model's attributes (`attributes` replaces or adds some) and
 * the relationships named in `relationships` (those the model has), serialized by jsona.
 */
function saveDocument(model: TJsonaModel, options: { relationships: readonly string[]; attributes?: Record<string, unknown> }) {
  const copy: TJsonaModel = { type: model.type, id: model.id, ...(mapper.getAttributes(model) as object), ...options.attributes };
  const names = options.relationships.filter((name) => model[name] !== undefined);
  for (const name of names) copy[name] = model[name];
  copy.relationshipNames = names;
  return jsona.serialize({ stuff: copy });
}

/**
 * What the Open Event Frontend sends for the model (lib/oes/data/frontend-models.json): every
 * attribute of its Ember model that is not read-only, with the value read here or else the model's
 * default (null when the default is computed or absent), less what its serializer deletes or sends
 * as `data.id` (`original-id`).
 */
function frontendAttributes(model: TJsonaModel): Record<string, unknown> {
  const ember = frontendModels()[model.type]!;
  const dropped = new Set([...(ember.serializer?.deletesMembers ?? []), ...(ember.serializer?.customPrimaryKeyMixin ? ["original-id"] : [])]);
  const attributes: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(ember.attributes)) {
    if (attribute.options?.readOnly || dropped.has(name)) continue;
    const fallback = attribute.options?.defaultValue;
    attributes[name] = name in model ? model[name] : typeof fallback === "string" && /=>|detectedTimezone/.test(fallback) ? null : (fallback ?? null);
  }
  return attributes;
}

async function patchSession(id: string, document: TJsonApiBody) {
  return read(await sessionDetail.PATCH(request("PATCH", `/v1/sessions/${id}`, { token, body: document }), params({ id })));
}

const TO_ONE = ["track", "microlocation", "session-type"] as const;

describe("writing back what jsona read, as the frontend saves a model", () => {
  it("every session, its attributes and to-one relationships as read: 200 and the resource unchanged", async () => {
    const sessions = many(await get(eventSessions.GET, sessionsPath(), eventId));
    const before = await get(eventSessions.GET, sessionsPath(), eventId);
    for (const session of sessions) {
      const { status, body } = await patchSession(session.id, saveDocument(session, { relationships: TO_ONE }));
      expect([session.id, status, body.errors]).toEqual([session.id, 200, undefined]);
    }
    expect(await get(eventSessions.GET, sessionsPath(), eventId)).toEqual(before);
  });

  it("the event, its attributes as read: 200 and the resource unchanged", async () => {
    const path = `/v1/events/${eventId}?include=sessions.speakers`;
    const before = await get(eventDetail.GET, path, eventId);
    const event = one(before);
    const { status, body } = await read(
      await eventDetail.PATCH(request("PATCH", `/v1/events/${eventId}`, { token, body: saveDocument(event, { relationships: [] }) }), params({ id: eventId })),
    );
    expect([status, body.errors]).toEqual([200, undefined]);
    expect(await get(eventDetail.GET, path, eventId)).toEqual(before);
  });

  // Fails until the attribute catalogue: the frontend sends every attribute of its session model,
  // and those OES declares that we do not store (is-mail-sent, send-email, average-rating,
  // website, twitter, …, created-at, deleted-at) are refused with 422 instead of ignored.
  it.fails("a session with every attribute of the frontend's session model: 200 and the resource unchanged", async () => {
    const before = await get(eventSessions.GET, sessionsPath(), eventId);
    const session = many(before)[0]!;
    const { status, body } = await patchSession(session.id, saveDocument(session, { relationships: TO_ONE, attributes: frontendAttributes(session) }));
    expect([status, body.errors]).toEqual([200, undefined]);
    expect(await get(eventSessions.GET, sessionsPath(), eventId)).toEqual(before);
  });

  // Fails until resource documents take to-many linkage: session ↔ speakers is many-to-many, so
  // Ember Data sends `relationships.speakers` with every session save, and we refuse it with 422
  // ("cannot be set here") where OES replaces the session's speakers with the ones sent.
  it.fails("a session with its speakers linkage, as Ember Data sends a many-to-many relationship: 200 and the resource unchanged", async () => {
    const before = await get(eventSessions.GET, sessionsPath(), eventId);
    const session = many(before).find((candidate) => (candidate.speakers as TJsonaModel[]).length > 1)!;
    const { status, body } = await patchSession(session.id, saveDocument(session, { relationships: [...TO_ONE, "speakers"] }));
    expect([status, body.errors]).toEqual([200, undefined]);
    expect(await get(eventSessions.GET, sessionsPath(), eventId)).toEqual(before);
  });

  // Fails until the attribute catalogue: the frontend's event model carries OES attributes we do
  // not store (is-featured, has-owner-info, payment-currency, can-pay-by-*, …), refused with 422.
  it.fails("the event with every attribute of the frontend's event model: 200 and the resource unchanged", async () => {
    const before = await get(eventDetail.GET, `/v1/events/${eventId}`, eventId);
    const event = one(before);
    const document = saveDocument(event, { relationships: [], attributes: frontendAttributes(event) });
    const { status, body } = await read(await eventDetail.PATCH(request("PATCH", `/v1/events/${eventId}`, { token, body: document }), params({ id: eventId })));
    expect([status, body.errors]).toEqual([200, undefined]);
    expect(await get(eventDetail.GET, `/v1/events/${eventId}`, eventId)).toEqual(before);
  });
});
