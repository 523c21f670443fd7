import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { z } from "zod";
import { db } from "../db";
import { AppError, type ErrorCode } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { addRole, createEvent, createUser } from "../../prisma/factories";
import { DocumentValidationError, errorResponse, mapError, uniqueField, zodPointer } from "./errors";

const JSONAPI = { version: "1.1" };

/** What a client receives: status, content type and the whole parsed body. */
async function received(response: Response) {
  return { status: response.status, contentType: response.headers.get("content-type"), body: await response.json() };
}

/** The rejection of `promise`, which must reject. */
async function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail("expected the operation to fail"),
    (error: unknown) => error,
  );
}

let consoleError: MockInstance<typeof console.error>;
beforeEach(() => {
  consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => {
  consoleError.mockRestore();
});

describe("AppError", () => {
  const CODES: [ErrorCode, number, string][] = [
    ["BAD_REQUEST", 400, "Bad request"],
    ["UNAUTHORIZED", 401, "Unauthorized"],
    ["FORBIDDEN", 403, "Forbidden"],
    ["NOT_FOUND", 404, "Not found"],
    ["METHOD_NOT_ALLOWED", 405, "Method not allowed"],
    ["CONFLICT", 409, "Conflict"],
    ["PAYLOAD_TOO_LARGE", 413, "Payload too large"],
    ["UNSUPPORTED_MEDIA_TYPE", 415, "Unsupported media type"],
    ["UNPROCESSABLE", 422, "Validation error"],
    ["TOO_MANY_REQUESTS", 429, "Too many requests"],
    ["INTERNAL", 500, "Internal server error"],
  ];

  it.each(CODES)("maps %s to %i with its title and no source", (code, status, title) => {
    expect(mapError(new AppError(code, "Some detail"))).toStrictEqual({
      status,
      errors: [{ status: String(status), code, title, detail: "Some detail" }],
    });
  });

  it("keeps a pointer source and answers with a JSON:API document", async () => {
    const error = new AppError("CONFLICT", "This email is already a speaker", { pointer: "/data/attributes/email" });
    expect(await received(errorResponse(error))).toEqual({
      status: 409,
      contentType: "application/vnd.api+json",
      body: {
        errors: [
          { status: "409", code: "CONFLICT", title: "Conflict", detail: "This email is already a speaker", source: { pointer: "/data/attributes/email" } },
        ],
        jsonapi: JSONAPI,
      },
    });
    expect(consoleError).not.toHaveBeenCalled();
  });

  it("turns the field it names into a pointer: attributes dasherized (keys inside their values as sent), relationships under /data/relationships", async () => {
    const error = new AppError("UNPROCESSABLE", "Must be after the start", { field: "endsAt" });
    expect(await received(errorResponse(error))).toEqual({
      status: 422,
      contentType: "application/vnd.api+json",
      body: {
        errors: [
          { status: "422", code: "UNPROCESSABLE", title: "Validation error", detail: "Must be after the start", source: { pointer: "/data/attributes/ends-at" } },
        ],
        jsonapi: JSONAPI,
      },
    });
    const sources = [
      { field: ["complexFieldValues", "shirtSize"] },
      { relationship: "sessionType" },
      { relationship: ["speakers", "data", 3, "id"] },
      { relationship: ["role", "data", "id"] },
      { pointer: "/data/id" },
    ].map((source) => mapError(new AppError("UNPROCESSABLE", "Refused", source)).errors[0]?.source);
    expect(sources).toEqual([
      { pointer: "/data/attributes/complex-field-values/shirtSize" },
      { pointer: "/data/relationships/session-type" },
      { pointer: "/data/relationships/speakers/data/3/id" },
      { pointer: "/data/relationships/role/data/id" },
      { pointer: "/data/id" },
    ]);
    // A plain JSON body (pointerBase ""): its fields are its top-level members.
    expect(mapError(new AppError("UNPROCESSABLE", "Refused", { field: "downloadUrl" }), { pointerBase: "" }).errors[0]?.source).toEqual({
      pointer: "/download-url",
    });
  });

  it("keeps a parameter source", async () => {
    const error = new AppError("BAD_REQUEST", "page[size] must be between 1 and 100", { parameter: "page[size]" });
    expect(await received(errorResponse(error))).toEqual({
      status: 400,
      contentType: "application/vnd.api+json",
      body: {
        errors: [
          { status: "400", code: "BAD_REQUEST", title: "Bad request", detail: "page[size] must be between 1 and 100", source: { parameter: "page[size]" } },
        ],
        jsonapi: JSONAPI,
      },
    });
  });
});

describe("ZodError", () => {
  const schema = z.object({
    name: z.string({ error: "Name is required" }).min(1, "Name must not be empty"),
    startsAt: z.iso.datetime({ error: "Starts-at must be an ISO date-time" }),
    speakers: z.array(z.object({ shortBiography: z.string().max(5, "Biography is too long") })),
  });
  const error = schema.safeParse({ startsAt: "tomorrow", speakers: [{ shortBiography: "ok" }, { shortBiography: "far too long" }] }).error;

  it("gives 422 with one error per issue, pointing at dasherized attributes", async () => {
    expect(error?.issues).toHaveLength(3);
    expect(await received(errorResponse(error))).toEqual({
      status: 422,
      contentType: "application/vnd.api+json",
      body: {
        errors: [
          { status: "422", code: "UNPROCESSABLE", title: "Validation error", detail: "Name is required", source: { pointer: "/data/attributes/name" } },
          {
            status: "422",
            code: "UNPROCESSABLE",
            title: "Validation error",
            detail: "Starts-at must be an ISO date-time",
            source: { pointer: "/data/attributes/starts-at" },
          },
          {
            status: "422",
            code: "UNPROCESSABLE",
            title: "Validation error",
            detail: "Biography is too long",
            source: { pointer: "/data/attributes/speakers/1/shortBiography" },
          },
        ],
        jsonapi: JSONAPI,
      },
    });
    expect(consoleError).not.toHaveBeenCalled();
  });

  it("puts the pointers under a custom pointerBase", () => {
    expect(mapError(error, { pointerBase: "" }).errors.map((e) => e.source)).toEqual([
      { pointer: "/name" },
      { pointer: "/starts-at" },
      { pointer: "/speakers/1/shortBiography" },
    ]);
    expect(mapError(error, { pointerBase: "/data/relationships" }).errors.map((e) => e.source)).toEqual([
      { pointer: "/data/relationships/name" },
      { pointer: "/data/relationships/starts-at" },
      { pointer: "/data/relationships/speakers/1/shortBiography" },
    ]);
  });

  it("keeps the keys inside a member's value as the client sent them, escaped as RFC 6901 says", () => {
    // Custom-form answers are keyed by field identifiers the organizers chose: dasherizing one
    // would point at a member the client never sent.
    const answers = mapError(new AppError("UNPROCESSABLE", "T-shirt is required", { field: ["complexFieldValues", "tShirtSize"] }));
    expect(answers.errors[0]?.source).toEqual({ pointer: "/data/attributes/complex-field-values/tShirtSize" });
    const issue = z.object({ complexFieldValues: z.object({ "heardFrom": z.string(), "a/b~c": z.string() }) }).safeParse({ complexFieldValues: {} }).error;
    expect(mapError(issue).errors.map((e) => e.source)).toEqual([
      { pointer: "/data/attributes/complex-field-values/heardFrom" },
      { pointer: "/data/attributes/complex-field-values/a~1b~0c" },
    ]);
  });

  it("builds pointers from issue paths", () => {
    expect([zodPointer([]), zodPointer(["isSessionsSpeakersEnabled"]), zodPointer(["a", 0, "bC"], "/meta")]).toEqual([
      "/data/attributes",
      "/data/attributes/is-sessions-speakers-enabled",
      "/meta/a/0/bC",
    ]);
  });
});

describe("DocumentValidationError", () => {
  it("gives 422 with one error per issue and its pointer", async () => {
    const error = new DocumentValidationError([
      { detail: "Unknown attribute", pointer: "/data/attributes/colour" },
      { detail: "Must be a date-time", pointer: "/data/attributes/starts-at" },
    ]);
    expect(error.message).toBe("/data/attributes/colour: Unknown attribute; /data/attributes/starts-at: Must be a date-time");
    expect(await received(errorResponse(error))).toEqual({
      status: 422,
      contentType: "application/vnd.api+json",
      body: {
        errors: [
          { status: "422", code: "UNPROCESSABLE", title: "Validation error", detail: "Unknown attribute", source: { pointer: "/data/attributes/colour" } },
          { status: "422", code: "UNPROCESSABLE", title: "Validation error", detail: "Must be a date-time", source: { pointer: "/data/attributes/starts-at" } },
        ],
        jsonapi: JSONAPI,
      },
    });
    expect(consoleError).not.toHaveBeenCalled();
  });
});

describe("DocumentValidationError with fields", () => {
  it("points each issue at its field, relationship or pointer, and names them in its message", () => {
    const error = new DocumentValidationError([
      { detail: "Speaker 7 does not belong to this event", relationship: ["speakers", "data", 1, "id"] },
      { detail: "Must be after the start", field: "endsAt" },
      { detail: "Unknown attribute", pointer: "/data/attributes/colour" },
    ]);
    expect(error.message).toBe("speakers.data.1.id: Speaker 7 does not belong to this event; endsAt: Must be after the start; /data/attributes/colour: Unknown attribute");
    expect(mapError(error)).toStrictEqual({
      status: 422,
      errors: [
        {
          status: "422",
          code: "UNPROCESSABLE",
          title: "Validation error",
          detail: "Speaker 7 does not belong to this event",
          source: { pointer: "/data/relationships/speakers/data/1/id" },
        },
        { status: "422", code: "UNPROCESSABLE", title: "Validation error", detail: "Must be after the start", source: { pointer: "/data/attributes/ends-at" } },
        { status: "422", code: "UNPROCESSABLE", title: "Validation error", detail: "Unknown attribute", source: { pointer: "/data/attributes/colour" } },
      ],
    });
  });
});

describe("Prisma errors from the database", () => {
  it("maps P2025 (update of a missing row) to 404", async () => {
    const error = await caught(db.event.update({ where: { id: 2_000_000_000 }, data: { name: "Nobody" } }));
    expect(error).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    expect((error as Prisma.PrismaClientKnownRequestError).code).toBe("P2025");
    expect(await received(errorResponse(error))).toEqual({
      status: 404,
      contentType: "application/vnd.api+json",
      body: { errors: [{ status: "404", code: "NOT_FOUND", title: "Not found", detail: "Resource not found" }], jsonapi: JSONAPI },
    });
    expect(consoleError).not.toHaveBeenCalled();
  });

  it("maps P2002 on User.email to 409 pointing at email", async () => {
    const user = await createUser();
    const error = await caught(createUser({ email: user.email }));
    expect((error as Prisma.PrismaClientKnownRequestError).code).toBe("P2002");
    // adapter-pg names the index, not the fields.
    expect(uniqueField((error as Prisma.PrismaClientKnownRequestError).meta)).toBe("email");
    expect(await received(errorResponse(error))).toEqual({
      status: 409,
      contentType: "application/vnd.api+json",
      body: {
        errors: [
          {
            status: "409",
            code: "CONFLICT",
            title: "Conflict",
            detail: "A resource with this email already exists",
            source: { pointer: "/data/attributes/email" },
          },
        ],
        jsonapi: JSONAPI,
      },
    });
    expect(consoleError).not.toHaveBeenCalled();
  });

  it("maps P2002 on Event.identifier to 409, honouring pointerBase", async () => {
    const event = await createEvent();
    const error = await caught(createEvent({ identifier: event.identifier }));
    expect(await received(errorResponse(error, { pointerBase: "" }))).toEqual({
      status: 409,
      contentType: "application/vnd.api+json",
      body: {
        errors: [
          {
            status: "409",
            code: "CONFLICT",
            title: "Conflict",
            detail: "A resource with this identifier already exists",
            source: { pointer: "/identifier" },
          },
        ],
        jsonapi: JSONAPI,
      },
    });
  });

  it("dasherizes a camelCase unique column", async () => {
    await createUser({ calendarToken: "token-1" });
    const error = await caught(createUser({ calendarToken: "token-1" }));
    expect(mapError(error)).toStrictEqual({
      status: 409,
      errors: [
        {
          status: "409",
          code: "CONFLICT",
          title: "Conflict",
          detail: "A resource with this calendar-token already exists",
          source: { pointer: "/data/attributes/calendar-token" },
        },
      ],
    });
  });

  it("maps P2002 on a compound unique index to 409 without a pointer", async () => {
    const user = await createUser();
    const event = await createEvent();
    await addRole(user, event, "moderator");
    const error = await caught(addRole(user, event, "moderator"));
    expect((error as Prisma.PrismaClientKnownRequestError).code).toBe("P2002");
    expect(mapError(error)).toStrictEqual({
      status: 409,
      errors: [{ status: "409", code: "CONFLICT", title: "Conflict", detail: "A resource like this already exists" }],
    });
  });

  it("maps P2003 (missing foreign row) to 422", async () => {
    const error = await caught(db.track.create({ data: { eventId: 2_000_000_000, name: "Orphan" } }));
    expect((error as Prisma.PrismaClientKnownRequestError).code).toBe("P2003");
    expect(mapError(error)).toStrictEqual({
      status: 422,
      errors: [{ status: "422", code: "UNPROCESSABLE", title: "Validation error", detail: "A related resource does not exist" }],
    });
  });
});

describe("values PostgreSQL refuses (the last line behind the request parsers)", () => {
  const badRequest = (detail: string) => ({ status: 400, errors: [{ status: "400", code: "BAD_REQUEST", title: "Bad request", detail }] });

  it("maps a NUL character in text (22021) and in jsonb (22P05) to 400", async () => {
    const event = await createEvent();
    const text = await caught(db.track.create({ data: { eventId: event.id, name: "a\u0000b" } }));
    const json = await caught(db.session.create({ data: { eventId: event.id, title: "x", complexFieldValues: { a: "\u0000" } } }));
    const where = await caught(db.event.findFirst({ where: { identifier: "\u0000" } }));
    for (const error of [text, json, where]) expect(mapError(error)).toStrictEqual(badRequest("Text must not contain NUL (U+0000) characters"));
    expect(await db.track.count({ where: { eventId: event.id } })).toBe(0);
  });

  it("maps an integer out of range (22003) and a malformed value (22P02) to 400", async () => {
    const range = await caught(db.notification.findFirst({ where: { id: 2_147_483_648 } }));
    expect(mapError(range)).toStrictEqual(badRequest("A number is out of range"));
    const format = await caught(db.$queryRaw`SELECT ${"abc"}::int`);
    expect(mapError(format)).toStrictEqual(badRequest("A value does not have the expected format"));
    expect(consoleError).not.toHaveBeenCalled();
  });
});

describe("uniqueField", () => {
  it("reads the classic target, adapter fields and adapter index names", () => {
    expect([
      uniqueField({ target: ["identifier"] }),
      uniqueField({ target: "email" }),
      uniqueField({ driverAdapterError: { cause: { constraint: { fields: ['"slug"'] } } } }),
      uniqueField({ driverAdapterError: { cause: { constraint: { index: "EventTopic_slug_key" } } } }),
      uniqueField({ driverAdapterError: { cause: { constraint: { index: "EventSubTopic_eventTopicId_slug_key" } } } }),
      uniqueField({ modelName: "User" }),
      uniqueField(undefined),
    ]).toEqual(["identifier", "email", "slug", "slug", undefined, undefined, undefined]);
  });
});

describe("unknown errors", () => {
  const GENERIC = {
    status: 500,
    contentType: "application/vnd.api+json",
    body: {
      errors: [{ status: "500", code: "INTERNAL", title: "Internal server error", detail: "Something went wrong on our side" }],
      jsonapi: JSONAPI,
    },
  };

  it("become a generic 500 that reveals nothing and are logged with their cause", async () => {
    const cause = new Error("connect ECONNREFUSED 10.0.0.5:5432");
    const error = new Error("password=hunter2 rejected", { cause });
    const response = errorResponse(error);
    const text = await response.clone().text();
    expect(await received(response)).toEqual(GENERIC);
    for (const secret of ["hunter2", "ECONNREFUSED", "10.0.0.5", "stack"]) expect(text).not.toContain(secret);
    expect(consoleError.mock.calls).toEqual([["Unhandled error", error]]);
    expect((consoleError.mock.calls[0]?.[1] as Error).cause).toBe(cause);
  });

  it("treat thrown non-errors and unmapped Prisma codes the same way", async () => {
    const prismaError = new Prisma.PrismaClientKnownRequestError("Transaction failed due to a write conflict", {
      code: "P2034",
      clientVersion: Prisma.prismaVersion.client,
    });
    for (const thrown of ["just a string", { secret: "hunter2" }, undefined, prismaError]) {
      const response = errorResponse(thrown);
      expect(await response.clone().text()).not.toMatch(/hunter2|string|P2034|write conflict/);
      expect(await received(response)).toEqual(GENERIC);
    }
    expect(consoleError.mock.calls).toEqual([
      ["Unhandled error", "just a string"],
      ["Unhandled error", { secret: "hunter2" }],
      ["Unhandled error", undefined],
      ["Unhandled error", prismaError],
    ]);
  });
});
