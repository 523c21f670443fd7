import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { parseFilter, translateFilter } from "./filter";
import { postResource, tagResource } from "./__fixtures__/resources";

const translate = (filter: unknown) => translateFilter(filter, postResource);

function failure(filter: unknown): string {
  try {
    translate(filter);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).source).toEqual({ parameter: "filter" });
    return (error as AppError).detail;
  }
  throw new Error(`${JSON.stringify(filter)} was accepted`);
}

describe("translateFilter", () => {
  it("translates comparisons on columns, coercing values by kind", () => {
    expect(
      translate([
        { name: "title", op: "eq", val: "Hello" },
        { name: "views", op: "ge", val: "10" },
        { name: "views", op: "lt", val: 100 },
        { name: "status", op: "ne", val: "draft" },
        { name: "created-at", op: "gt", val: "2030-01-01T00:00:00Z" },
        { name: "published", op: "eq", val: "true" },
      ]),
    ).toEqual({
      AND: [
        { title: { equals: "Hello" } },
        { viewCount: { gte: 10 } },
        { viewCount: { lt: 100 } },
        { status: { not: "draft" } },
        { createdAt: { gt: new Date("2030-01-01T00:00:00Z") } },
        { published: { equals: true } },
      ],
    });
  });

  it("accepts a single object and snake_case names", () => {
    expect(translate({ name: "created_at", op: "le", val: "2030-01-01T00:00:00Z" })).toEqual({ createdAt: { lte: new Date("2030-01-01T00:00:00Z") } });
    expect(translate([])).toEqual({});
  });

  it("maps like patterns to Prisma string filters", () => {
    expect(translate({ name: "title", op: "like", val: "%conf%" })).toEqual({ title: { contains: "conf" } });
    expect(translate({ name: "title", op: "ilike", val: "%Conf%" })).toEqual({ title: { contains: "Conf", mode: "insensitive" } });
    expect(translate({ name: "title", op: "like", val: "Open%" })).toEqual({ title: { startsWith: "Open" } });
    expect(translate({ name: "title", op: "ilike", val: "%summit" })).toEqual({ title: { endsWith: "summit", mode: "insensitive" } });
    expect(translate({ name: "title", op: "like", val: "100\\%" })).toEqual({ title: { equals: "100%" } });
    // Prisma takes no `mode` inside `not`, so the negation is of the whole condition.
    expect(translate({ name: "title", op: "notilike", val: "%x%" })).toEqual({ NOT: { title: { contains: "x", mode: "insensitive" } } });
    expect(translate({ name: "title", op: "notlike", val: "x%" })).toEqual({ NOT: { title: { startsWith: "x" } } });
    expect(failure({ name: "views", op: "notilike", val: "%1%" })).toBe('"notilike" applies to text attributes only, not "views"');
    expect(failure({ name: "title", op: "like", val: "a%b" })).toBe("A like pattern may use % only at its start and end");
    expect(failure({ name: "views", op: "like", val: "%1%" })).toBe('"like" applies to text attributes only, not "views"');
  });

  it("translates set membership and null checks", () => {
    expect(translate({ name: "status", op: "in_", val: ["draft", "live"] })).toEqual({ status: { in: ["draft", "live"] } });
    expect(translate({ name: "views", op: "notin_", val: [1, "2"] })).toEqual({ viewCount: { notIn: [1, 2] } });
    expect(translate({ name: "title", op: "eq", val: null })).toEqual({ title: null });
    expect(translate({ name: "title", op: "isnot", val: null })).toEqual({ title: { not: null } });
    expect(failure({ name: "status", op: "in_", val: "draft" })).toBe('"in_" on "status" takes an array');
  });

  it("answers null checks on columns that are never null without naming null to Prisma", () => {
    // Prisma refuses `{status: null}` for a required column (a 500 before); no row matches it.
    const nothing = { id: { in: [] } };
    expect(translate({ name: "status", op: "eq", val: null })).toEqual(nothing);
    expect(translate({ name: "views", op: "is_", val: null })).toEqual(nothing);
    expect(translate({ name: "published", op: "ne", val: null })).toEqual({ NOT: nothing });
    expect(translate({ name: "created-at", op: "isnot", val: null })).toEqual({ NOT: nothing });
    expect(translate({ name: "author", op: "has", val: { name: "name", op: "eq", val: null } })).toEqual({ author: { is: nothing } });
    expect(failure({ name: "status", op: "gt", val: null })).toBe('"gt" does not apply to "status"');
    expect(failure({ name: "views", op: "gt", val: null })).toBe('The value for "views" must be a number');
  });

  it("refuses NUL characters, which no column can hold", () => {
    expect(() => parseFilter('[{"name":"title","op":"eq","val":"a\\u0000b"}]', postResource)).toThrow(
      new AppError("BAD_REQUEST", "filter must not contain NUL (U+0000) characters", { parameter: "filter" }),
    );
    expect(() => parseFilter('[{"name":"title","op":"in_","val":["ok","\\u0000"]}]', postResource)).toThrow(/NUL/);
  });

  it("nests or, and and not", () => {
    expect(
      translate([{ or: [{ name: "title", op: "eq", val: "A" }, { and: [{ name: "views", op: "gt", val: 1 }, { not: { name: "published", op: "eq", val: false } }] }] }]),
    ).toEqual({
      OR: [{ title: { equals: "A" } }, { AND: [{ viewCount: { gt: 1 } }, { NOT: { published: { equals: false } } }] }],
    });
  });

  it("filters through relationships with has and any", () => {
    expect(translate({ name: "author", op: "has", val: { name: "name", op: "eq", val: "Ada" } })).toEqual({ author: { is: { name: { equals: "Ada" } } } });
    expect(translate({ name: "comments", op: "any", val: { name: "body", op: "ilike", val: "%great%" } })).toEqual({
      comments: { some: { body: { contains: "great", mode: "insensitive" } } },
    });
    expect(failure({ name: "author", op: "any", val: { name: "name", op: "eq", val: "Ada" } })).toBe('"any" applies to to-many relationships; use "has" for "author"');
    expect(failure({ name: "comments", op: "has", val: { name: "body", op: "eq", val: "x" } })).toBe('"has" applies to to-one relationships; use "any" for "comments"');
  });

  it("filters a many-to-many relationship on the join rows' targets", () => {
    expect(translateFilter({ name: "posts", op: "any", val: { name: "comments", op: "any", val: { name: "body", op: "eq", val: "Hi" } } }, tagResource)).toEqual({
      posts: { some: { post: { comments: { some: { body: { equals: "Hi" } } } } } },
    });
  });

  it("rejects anything outside the allow-list or malformed", () => {
    expect(failure({ name: "secret", op: "eq", val: "x" })).toBe('Cannot filter on "secret"');
    expect(failure({ name: "nope", op: "eq", val: "x" })).toBe('Cannot filter on "nope"');
    expect(failure({ name: "title", op: "regex", val: "x" })).toBe('Unknown filter operator "regex" (use one of eq, ne, gt, ge, lt, le, like, ilike, notlike, notilike, in_, notin_, is_, isnot, has, any)');
    expect(failure({ name: "title", op: "eq" })).toBe('The filter on "title" needs a "val"');
    expect(failure({ name: "title", op: "eq", val: "x", field: "y" })).toBe('Unknown filter member "field"');
    expect(failure({ name: "status", op: "eq", val: "gone" })).toBe('The value for "status" must be one of draft, live');
    expect(failure({ name: "status", op: "gt", val: "draft" })).toBe('"gt" does not apply to "status"');
    expect(failure({ name: "created-at", op: "gt", val: "yesterday" })).toBe('The value for "created-at" must be an ISO 8601 date and time');
    expect(failure({ name: "views", op: "eq", val: 1.5 })).toBe('The value for "views" must be an integer');
    expect(failure({ or: [] })).toBe('"or" takes a non-empty array of filters and nothing else');
    expect(failure(["title"])).toBe("Each filter must be an object");
    let deep: unknown = { name: "title", op: "eq", val: "x" };
    for (let i = 0; i < 10; i++) deep = { not: deep };
    expect(failure(deep)).toBe("filter is nested deeper than 8 levels");
  });

  it("rejects text that is not JSON", () => {
    expect(() => parseFilter("state=published", postResource)).toThrow("filter must be a JSON array of filter objects");
  });
});
