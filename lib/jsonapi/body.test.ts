import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseRelationshipBody, parseResourceBody } from "./body";
import { AppError } from "../errors";
import { DocumentValidationError, inRelationshipDocument, mapError } from "./errors";
import { postResource } from "./__fixtures__/resources";

const schema = z.object({
  title: z.string().min(1, "Title is required"),
  views: z.number().int().optional(),
  published: z.boolean(),
  status: z.enum(["draft", "live"]),
  secret: z.string().optional(),
  authorId: z.number().int().positive().nullish(),
});

function request(method: string, body: unknown, contentType = "application/vnd.api+json") {
  return new Request("http://localhost/v1/posts/1", {
    method,
    headers: { "content-type": contentType },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

const parse = (method: string, body: unknown, contentType?: string) => parseResourceBody(request(method, body, contentType), postResource, schema);

async function failure(method: string, body: unknown, contentType?: string) {
  try {
    await parse(method, body, contentType);
  } catch (error) {
    return mapError(error);
  }
  throw new Error("accepted");
}

const error = (status: number, code: string, title: string, detail: string, source?: Record<string, string>) => ({
  status,
  errors: [{ status: String(status), code, title, detail, ...(source ? { source } : {}) }],
});
const invalid = (...list: [string, string][]) => ({
  status: 422,
  errors: list.map(([detail, pointer]) => ({ status: "422", code: "UNPROCESSABLE", title: "Validation error", detail, source: { pointer } })),
});

describe("parseResourceBody", () => {
  it("maps dasherized attributes and linkage to input, with defaults on POST", async () => {
    const body = { data: { type: "post", attributes: { title: "Hi", "created-at": "ignored" }, relationships: { author: { data: { type: "person", id: "4" } } } } };
    expect(await parse("POST", body)).toEqual({ id: undefined, input: { title: "Hi", published: false, status: "draft", authorId: 4 } });
  });

  it("applies no defaults on PATCH and returns data.id", async () => {
    const partial = schema.partial();
    const body = { data: { type: "post", id: "1", attributes: { title: "Hi" }, relationships: { author: { data: null } } } };
    expect(await parseResourceBody(request("PATCH", body), postResource, partial)).toEqual({ id: "1", input: { title: "Hi", authorId: null } });
  });

  it("rejects malformed documents", async () => {
    expect(await failure("POST", "{nope")).toEqual(error(400, "BAD_REQUEST", "Bad request", "The request body is not valid JSON"));
    expect(await failure("POST", "")).toEqual(error(400, "BAD_REQUEST", "Bad request", "The request body is not valid JSON"));
    expect(await failure("POST", [])).toEqual(invalid(["The document must have a data object", "/data"]));
    expect(await failure("POST", { data: [] })).toEqual(invalid(["The document must have a data object", "/data"]));
    expect(await failure("POST", { data: { attributes: {} } })).toEqual(invalid(["data.type is required", "/data/type"]));
    expect(await failure("POST", { data: { type: "comment" } })).toEqual(
      error(409, "CONFLICT", "Conflict", 'Expected type "post", got "comment"', { pointer: "/data/type" }),
    );
    expect(await failure("POST", { data: { type: "post", id: "5", attributes: { title: "x" } } })).toEqual(
      error(403, "FORBIDDEN", "Forbidden", "Client-generated ids are not supported", { pointer: "/data/id" }),
    );
    expect(await failure("PATCH", { data: { type: "post", attributes: {} } })).toEqual(invalid(["data.id is required and must be a string", "/data/id"]));
    expect(await failure("POST", { data: { type: "post", attributes: [] } })).toEqual(invalid(["data.attributes must be an object", "/data/attributes"]));
  });

  it("checks the media type", async () => {
    expect(await failure("POST", { data: {} }, "text/plain")).toEqual(
      error(415, "UNSUPPORTED_MEDIA_TYPE", "Unsupported media type", "Send the document as application/vnd.api+json"),
    );
    expect(await failure("POST", { data: {} }, "application/vnd.api+json; charset=utf-8")).toEqual(
      error(415, "UNSUPPORTED_MEDIA_TYPE", "Unsupported media type", 'Media type parameter "charset" is not supported'),
    );
    expect(await parse("POST", { data: { type: "post", attributes: { title: "x" } } }, "application/json")).toMatchObject({ input: { title: "x" } });
  });

  it("reports unknown members and validation failures together, each with its pointer", async () => {
    const body = {
      data: {
        type: "post",
        attributes: { title: "", views: 1.5, colour: "red" },
        relationships: { comments: { data: [] }, author: { data: { type: "comment", id: "1" } } },
      },
    };
    expect(await failure("POST", body)).toEqual(
      invalid(
        ['Unknown attribute "colour"', "/data/attributes/colour"],
        ['Relationship "comments" cannot be set here', "/data/relationships/comments"],
        ['Expected type "person"', "/data/relationships/author/data/type"],
        ["Title is required", "/data/attributes/title"],
        ["Invalid input: expected int, received number", "/data/attributes/views"],
      ),
    );
    expect(await failure("POST", { data: { type: "post", attributes: { title: "x" }, relationships: { author: { data: { type: "person", id: "abc" } } } } })).toEqual(
      invalid(["Invalid input: expected number, received string", "/data/relationships/author/data/id"]),
    );
  });

  it("points below a member at the keys of its value as sent, not dasherized", async () => {
    // As custom-form answers are keyed by the field identifiers organizers chose.
    const answers = z.object({ secret: z.object({ tShirtSize: z.string({ error: "T-shirt size is required" }) }) });
    const body = { data: { type: "post", attributes: { secret: {} } } };
    const failed = await parseResourceBody(request("POST", body), postResource, answers).catch((caught: unknown) => mapError(caught));
    expect(failed).toEqual(invalid(["T-shirt size is required", "/data/attributes/secret/tShirtSize"]));
  });

  it("refuses NUL characters anywhere in the document at their pointer, before any schema", async () => {
    const nul = (pointer: string) => invalid(["Must not contain NUL (U+0000) characters", pointer]);
    expect(await failure("POST", { data: { type: "post", attributes: { title: "a\u0000b" } } })).toEqual(nul("/data/attributes/title"));
    expect(await failure("POST", { data: { type: "post", attributes: { title: "x", "meta\u0000": 1 } } })).toEqual(nul("/data/attributes/meta\u0000"));
    expect(await failure("POST", { data: { type: "post", attributes: { title: "x", answers: { "a/b": ["ok", "\u0000"] } } } })).toEqual(
      nul("/data/attributes/answers/a~1b/1"),
    );
    expect(await failure("POST", { data: { type: "post\u0000" } })).toEqual(nul("/data/type"));
    expect(await failure("POST", "\"\\u0000\"")).toEqual(nul("/data"));
  });

  it("answers linkage ids that cannot name a row with 422 at the id, never passing them on", async () => {
    const linked = (id: string) => failure("POST", { data: { type: "post", attributes: { title: "x" }, relationships: { author: { data: { type: "person", id } } } } });
    for (const id of ["2147483648", "99999999999999999999", "0"]) {
      expect(await linked(id)).toEqual(invalid(["There is no person with this id", "/data/relationships/author/data/id"]));
    }
    expect(await parse("POST", { data: { type: "post", attributes: { title: "x" }, relationships: { author: { data: { type: "person", id: "2147483647" } } } } })).toEqual({
      id: undefined,
      input: { title: "x", published: false, status: "draft", authorId: 2_147_483_647 },
    });
  });
});

describe("parseRelationshipBody", () => {
  const patch = (name: string, body: unknown, contentType?: string) =>
    parseRelationshipBody(request("PATCH", body, contentType), postResource, name, schema.partial());
  const refused = (name: string, body: unknown, contentType?: string) =>
    patch(name, body, contentType).then(
      () => expect.fail("accepted"),
      (caught: unknown) => mapError(caught),
    );

  it("maps the linkage to the foreign key", async () => {
    expect(await patch("author", { data: { type: "person", id: "4" } })).toEqual({ authorId: 4 });
    expect(await patch("author", { data: null })).toEqual({ authorId: null });
  });

  it("points into the relationship document", async () => {
    expect(await refused("author", "{nope")).toEqual(error(400, "BAD_REQUEST", "Bad request", "The request body is not valid JSON"));
    expect(await refused("author", {})).toEqual(invalid(["The document must have a data member", "/data"]));
    expect(await refused("author", { data: [] })).toEqual(invalid(["Must be {data: null} or {data: {type, id}}", "/data"]));
    expect(await refused("author", { data: { type: "comment", id: "1" } })).toEqual(invalid(['Expected type "person"', "/data/type"]));
    expect(await refused("author", { data: { type: "person", id: "abc" } })).toEqual(
      invalid(["Invalid input: expected number, received string", "/data/id"]),
    );
    expect(await refused("author", { data: null }, "text/plain")).toEqual(
      error(415, "UNSUPPORTED_MEDIA_TYPE", "Unsupported media type", "Send the document as application/vnd.api+json"),
    );
  });

  it("answers 405 for relationships without a foreign key, or one the update schema does not take", async () => {
    const notAllowed = (name: string) => error(405, "METHOD_NOT_ALLOWED", "Method not allowed", `The ${name} relationship cannot be changed here`);
    expect(await refused("comments", { data: [] })).toEqual(notAllowed("comments"));
    expect(await refused("editor", { data: null })).toEqual(notAllowed("editor"));
    const withoutAuthor = parseRelationshipBody(request("PATCH", { data: null }), postResource, "author", z.object({ title: z.string() }).partial());
    expect(await withoutAuthor.then(() => "accepted", mapError)).toEqual(notAllowed("author"));
  });

  it("re-points the services' errors about the relationship", () => {
    const service = new DocumentValidationError([
      { detail: "No such person", pointer: "/data/relationships/author/data/id" },
      { detail: "Locked", pointer: "/data/attributes/title" },
    ]);
    expect(mapError(inRelationshipDocument(service, "author"))).toEqual(invalid(["No such person", "/data/id"], ["Locked", "/data/attributes/title"]));
    const appError = new AppError("UNPROCESSABLE", "Not this one", { pointer: "/data/relationships/author" });
    expect(mapError(inRelationshipDocument(appError, "author"))).toEqual(invalid(["Not this one", "/data"]));
    expect(mapError(inRelationshipDocument(appError, "authors"))).toEqual(invalid(["Not this one", "/data/relationships/author"]));
  });

  it("re-points errors the services place at a relationship", () => {
    const entries = new DocumentValidationError([
      { detail: "No such person", relationship: ["coAuthors", "data", 1, "id"] },
      { detail: "Locked", field: "title" },
      { detail: "Not yours", relationship: "editor" },
    ]);
    expect(mapError(inRelationshipDocument(entries, "co-authors"))).toEqual(
      invalid(["No such person", "/data/1/id"], ["Locked", "/data/attributes/title"], ["Not yours", "/data/relationships/editor"]),
    );
    const whole = new AppError("FORBIDDEN", "Only organizers can change author", { relationship: "author" });
    expect(mapError(inRelationshipDocument(whole, "author"))).toEqual(error(403, "FORBIDDEN", "Forbidden", "Only organizers can change author", { pointer: "/data" }));
    const linkage = new AppError("UNPROCESSABLE", "No such person", { relationship: ["author", "data", "id"] });
    expect(mapError(inRelationshipDocument(linkage, "author"))).toEqual(invalid(["No such person", "/data/id"]));
    expect(inRelationshipDocument(whole, "editor")).toBe(whole);
  });
});
