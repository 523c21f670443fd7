import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { db } from "@/lib/db";
import { createUser } from "@/prisma/factories";
import { GET as getSpeakerById, PATCH as patchSpeakerById } from "../speaker-image-sizes/[id]/route";
import { GET as getSpeaker, PATCH as patchSpeaker } from "../speaker-image-sizes/route";
import { GET as getEventById, PATCH as patchEventById } from "./[id]/route";
import { GET as getEvent, PATCH as patchEvent } from "./route";
import { errorDocument, noParams, params, read, request } from "@/lib/testing/api";

/** Both singletons (event and speaker image sizes) are tested here: one file, one database. */

const error = (...args: Parameters<typeof errorDocument>) => ({ status: args[0], body: errorDocument(...args) });

const EVENT_DEFAULTS = {
  "full-width": 1300,
  "full-height": 500,
  "full-aspect": true,
  "full-quality": 80,
  "thumbnail-width": 500,
  "thumbnail-height": 200,
  "thumbnail-aspect": true,
  "thumbnail-quality": 80,
  "icon-width": 75,
  "icon-height": 30,
  "icon-aspect": true,
  "icon-quality": 80,
};
const SPEAKER_DEFAULTS = {
  "thumbnail-width": 100,
  "thumbnail-height": 100,
  "thumbnail-aspect": true,
  "thumbnail-quality": 80,
  "small-width": 50,
  "small-height": 50,
  "small-aspect": true,
  "small-quality": 80,
  "icon-width": 35,
  "icon-height": 35,
  "icon-aspect": true,
  "icon-quality": 80,
};
const document = (type: string, path: string, id: string, attributes: Record<string, unknown>) => ({
  data: { type, id, attributes, links: { self: `/v1/${path}/${id}` } },
  links: { self: `/v1/${path}/${id}` },
  jsonapi: { version: "1.1" },
});

let adminToken: string, userToken: string, eventId: string, speakerId: string;
beforeAll(async () => {
  adminToken = await signApiToken(await createUser({ isAdmin: true }));
  userToken = await signApiToken(await createUser());
});

describe("GET /v1/event-image-sizes and /v1/speaker-image-sizes", () => {
  it("is public and answers Open Event's defaults in a database that was never seeded", async () => {
    expect(await db.imageSizes.count()).toBe(0);
    const event = await read(await getEvent(request("GET", "/v1/event-image-sizes"), noParams));
    const speaker = await read(await getSpeaker(request("GET", "/v1/speaker-image-sizes"), noParams));
    const rows = await db.imageSizes.findMany({ orderBy: { type: "asc" } });
    expect(rows.map((row) => row.type)).toEqual(["event", "speaker"]);
    eventId = String(rows[0]!.id);
    speakerId = String(rows[1]!.id);
    expect(event).toEqual({ status: 200, body: document("event-image-size", "event-image-sizes", eventId, EVENT_DEFAULTS) });
    expect(speaker).toEqual({ status: 200, body: document("speaker-image-size", "speaker-image-sizes", speakerId, SPEAKER_DEFAULTS) });
    // A second read finds the row instead of adding one.
    await getEvent(request("GET", "/v1/event-image-sizes", { token: userToken }), noParams);
    expect(await db.imageSizes.count()).toBe(2);
  });

  it("serves the same singleton at /{id}; any other id is 404", async () => {
    expect(await read(await getEventById(request("GET", `/v1/event-image-sizes/${eventId}`), params({ id: eventId })))).toEqual({
      status: 200,
      body: document("event-image-size", "event-image-sizes", eventId, EVENT_DEFAULTS),
    });
    expect(await read(await getSpeakerById(request("GET", `/v1/speaker-image-sizes/${speakerId}`), params({ id: speakerId })))).toEqual({
      status: 200,
      body: document("speaker-image-size", "speaker-image-sizes", speakerId, SPEAKER_DEFAULTS),
    });
    // The event row's id is not the speaker singleton's.
    expect(await read(await getSpeakerById(request("GET", `/v1/speaker-image-sizes/${eventId}`), params({ id: eventId })))).toEqual(
      error(404, "NOT_FOUND", "Not found", "Image sizes not found"),
    );
    expect(await read(await getEventById(request("GET", "/v1/event-image-sizes/abc"), params({ id: "abc" })))).toEqual(
      error(404, "NOT_FOUND", "Not found", "Image sizes not found"),
    );
  });
});

describe("PATCH", () => {
  const eventPatch = (attributes: Record<string, unknown>, id = eventId) => ({ data: { type: "event-image-size", id, attributes } });
  const speakerPatch = (attributes: Record<string, unknown>, id = speakerId) => ({ data: { type: "speaker-image-size", id, attributes } });
  const snapshot = () => db.imageSizes.findMany({ orderBy: { type: "asc" } });

  it("is 401 for anonymous callers and 403 for users who are not admins, and writes nothing", async () => {
    const before = await snapshot();
    const body = eventPatch({ "full-width": 10 });
    expect(await read(await patchEvent(request("PATCH", "/v1/event-image-sizes", { body }), noParams))).toEqual(
      error(401, "UNAUTHORIZED", "Unauthorized", "Sign in as an administrator"),
    );
    expect(await read(await patchEvent(request("PATCH", "/v1/event-image-sizes", { token: userToken, body }), noParams))).toEqual(
      error(403, "FORBIDDEN", "Forbidden", "Only administrators may change image sizes"),
    );
    // Refused before the body is read: invalid values do not turn a 403 into a 422.
    const invalid = speakerPatch({ "icon-width": 0 });
    expect(await read(await patchSpeakerById(request("PATCH", `/v1/speaker-image-sizes/${speakerId}`, { token: userToken, body: invalid }), params({ id: speakerId })))).toEqual(
      error(403, "FORBIDDEN", "Forbidden", "Only administrators may change image sizes"),
    );
    expect(await snapshot()).toEqual(before);
  });

  it("an admin changes the whole event document and reads it back", async () => {
    const attributes = {
      "full-width": 1600,
      "full-height": 600,
      "full-aspect": false,
      "full-quality": 90,
      "thumbnail-width": 400,
      "thumbnail-height": 160,
      "thumbnail-aspect": false,
      "thumbnail-quality": 70,
      "icon-width": 64,
      "icon-height": 32,
      "icon-aspect": false,
      "icon-quality": 60,
    };
    const expected = { status: 200, body: document("event-image-size", "event-image-sizes", eventId, attributes) };
    expect(await read(await patchEvent(request("PATCH", "/v1/event-image-sizes", { token: adminToken, body: eventPatch(attributes) }), noParams))).toEqual(expected);
    expect(await read(await getEvent(request("GET", "/v1/event-image-sizes"), noParams))).toEqual(expected);
  });

  it("a partial speaker PATCH at /{id} changes only what it names", async () => {
    const body = speakerPatch({ "thumbnail-width": 120, "small-quality": 100 });
    expect(await read(await patchSpeakerById(request("PATCH", `/v1/speaker-image-sizes/${speakerId}`, { token: adminToken, body }), params({ id: speakerId })))).toEqual({
      status: 200,
      body: document("speaker-image-size", "speaker-image-sizes", speakerId, { ...SPEAKER_DEFAULTS, "thumbnail-width": 120, "small-quality": 100 }),
    });
  });

  it("invalid values are 422 with one pointer each, and nothing is written", async () => {
    const before = await snapshot();
    const body = speakerPatch({
      "thumbnail-width": 0,
      "thumbnail-height": 4001,
      "small-quality": 101,
      "icon-quality": 0,
      "icon-width": 2.5,
      "icon-height": "35",
      "small-aspect": "yes",
      "full-width": 100, // event-only member
    });
    const { status, body: answer } = await read(await patchSpeaker(request("PATCH", "/v1/speaker-image-sizes", { token: adminToken, body }), noParams));
    const errors = answer.errors as { source: { pointer: string }; detail: string; status: string }[];
    expect({ status, errors: errors.map((e) => [e.status, e.source.pointer, e.detail]) }).toEqual({
      status: 422,
      errors: [
        ["422", "/data/attributes/full-width", 'Unknown attribute "full-width"'],
        ["422", "/data/attributes/thumbnail-width", "Must be at least 1"],
        ["422", "/data/attributes/thumbnail-height", "Must be at most 4000"],
        ["422", "/data/attributes/small-aspect", "Must be true or false"],
        ["422", "/data/attributes/small-quality", "Must be at most 100"],
        ["422", "/data/attributes/icon-width", "Enter a whole number"],
        ["422", "/data/attributes/icon-height", "Enter a whole number"],
        ["422", "/data/attributes/icon-quality", "Must be at least 1"],
      ],
    });
    const nulls = eventPatch({ "full-quality": null });
    const nullAnswer = await read(await patchEventById(request("PATCH", `/v1/event-image-sizes/${eventId}`, { token: adminToken, body: nulls }), params({ id: eventId })));
    expect(nullAnswer.status).toBe(422);
    expect((nullAnswer.body.errors as { source: { pointer: string } }[]).map((e) => e.source.pointer)).toEqual(["/data/attributes/full-quality"]);
    expect(await snapshot()).toEqual(before);
  });

  it("a document naming another id is 409; a URL naming another id is 404", async () => {
    const before = await snapshot();
    expect(await read(await patchEvent(request("PATCH", "/v1/event-image-sizes", { token: adminToken, body: eventPatch({ "icon-width": 10 }, speakerId) }), noParams))).toEqual(
      error(409, "CONFLICT", "Conflict", "data.id does not match these image sizes", { pointer: "/data/id" }),
    );
    expect(await read(await patchEventById(request("PATCH", `/v1/event-image-sizes/${speakerId}`, { token: adminToken, body: eventPatch({ "icon-width": 10 }, speakerId) }), params({ id: speakerId })))).toEqual(
      error(404, "NOT_FOUND", "Not found", "Image sizes not found"),
    );
    expect(await read(await patchSpeaker(request("PATCH", "/v1/speaker-image-sizes", { token: adminToken, body: eventPatch({ "icon-width": 10 }, speakerId) }), noParams))).toEqual(
      error(409, "CONFLICT", "Conflict", 'Expected type "speaker-image-size", got "event-image-size"', { pointer: "/data/type" }),
    );
    expect(await snapshot()).toEqual(before);
  });
});
