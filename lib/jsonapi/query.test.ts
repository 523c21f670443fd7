import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { mapError } from "./errors";
import { PAGE_SIZE_ALL_MAX, parseNoQuery, parseQuery, type ParsedQuery } from "./query";
import { postResource } from "./__fixtures__/resources";

const parse = (search: string, collection = true) =>
  parseQuery(new URL(`http://localhost/v1/posts${search}`), postResource, { collection });

/** The JSON:API error a bad query produces. */
function failure(search: string, collection = true) {
  try {
    parse(search, collection);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return mapError(error).errors[0];
  }
  throw new Error(`"${search}" was accepted`);
}

const bad = (detail: string, parameter: string) => ({ status: "400", code: "BAD_REQUEST", title: "Bad request", detail, source: { parameter } });

describe("parseQuery", () => {
  it("answers the defaults for an empty query", () => {
    expect(parse("")).toEqual<ParsedQuery>({
      include: {},
      fields: {},
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      page: { size: 20, number: 1 },
      where: {},
    });
  });

  it("reads include paths into a tree of relationship keys", () => {
    expect(parse("?include=author,comments.author,comments").include).toEqual({ author: {}, comments: { author: {} } });
    expect(parse("?include=").include).toEqual({});
  });

  it("limits include depth and allows only includable relationships", () => {
    expect(failure("?include=comments.author.name")).toEqual(bad('Include paths are limited to 2 levels ("comments.author.name")', "include"));
    expect(failure("?include=nonsense")).toEqual(bad('"nonsense" is not a relationship of post that can be included', "include"));
    expect(failure("?include=editor")).toEqual(bad('"editor" is not a relationship of post that can be included', "include"));
    expect(failure("?include=comments.body")).toEqual(bad('"comments.body" is not a relationship of comment that can be included', "include"));
  });

  it("reads sparse fieldsets for every type the response may contain", () => {
    expect(parse("?fields[post]=title,author&fields[person]=name").fields).toEqual({
      post: new Set(["title", "author"]),
      person: new Set(["name"]),
    });
    expect(failure("?fields[post]=title,colour")).toEqual(bad('"colour" is not a field of post', "fields[post]"));
    expect(failure("?fields[event]=name")).toEqual(bad('"event" is not a type this endpoint returns', "fields[event]"));
  });

  it("sorts by allow-listed attributes, by column, with id last", () => {
    expect(parse("?sort=-views,title").orderBy).toEqual([{ viewCount: "desc" }, { title: "asc" }, { id: "asc" }]);
    expect(parse("?sort=-id").orderBy).toEqual([{ id: "desc" }]);
    expect(failure("?sort=secret")).toEqual(bad('Cannot sort by "secret"', "sort"));
    expect(failure("?sort=published")).toEqual(bad('Cannot sort by "published"', "sort"));
  });

  it("pages with a default of 20 and a documented maximum of 100", () => {
    expect(parse("?page[size]=100&page[number]=3").page).toEqual({ size: 100, number: 3 });
    for (const size of ["101", "100000", "-1", "ten", "1.5"]) {
      expect(failure(`?page[size]=${size}`)).toEqual(
        bad("page[size] must be an integer from 1 to 100, or 0 for the whole collection (at most 1000 rows)", "page[size]"),
      );
    }
    expect(failure("?page[number]=0")).toEqual(bad("page[number] must be a positive integer", "page[number]"));
    // Open Event's "no pagination": one page of up to PAGE_SIZE_ALL_MAX rows, and no other page.
    expect(parse("?page[size]=0")).toMatchObject({ page: { size: PAGE_SIZE_ALL_MAX, number: 1 }, whole: true });
    expect(failure("?page[size]=0&page[number]=2")).toEqual(bad("page[size]=0 answers the whole collection as one page", "page[number]"));
    expect(failure("?page[size]=100&page[number]=9999999999")).toEqual(bad("page[number] is too large", "page[number]"));
  });

  it("rejects unknown and repeated parameters by name", () => {
    expect(failure("?colour=red")).toEqual(bad('Unknown query parameter "colour"', "colour"));
    expect(failure("?page[offset]=3")).toEqual(bad('Unknown query parameter "page[offset]"', "page[offset]"));
    expect(failure("?include=author&include=comments")).toEqual(bad('Query parameter "include" is given more than once', "include"));
  });

  it("accepts only include and fields on a single resource", () => {
    expect(parse("?include=author&fields[post]=title", false).include).toEqual({ author: {} });
    expect(failure("?sort=title", false)).toEqual(bad('Query parameter "sort" applies to collections only', "sort"));
    expect(failure("?page[size]=2", false)).toEqual(bad('Query parameter "page[size]" applies to collections only', "page[size]"));
    expect(failure("?filter=[]", false)).toEqual(bad('Query parameter "filter" applies to collections only', "filter"));
  });

  it("combines the filter forms into one where", () => {
    const filter = encodeURIComponent(JSON.stringify([{ name: "title", op: "eq", val: "Hello" }]));
    expect(parse(`?filter=${filter}&filter[published]=true`).where).toEqual({ AND: [{ title: { equals: "Hello" } }, { published: true }] });
    expect(failure("?filter[secret]=x")).toEqual(bad('Cannot filter on "secret"', "filter[secret]"));
    expect(failure("?filter[views]=many")).toEqual(bad('The value for "views" must be a number', "filter[views]"));
  });

  it("refuses a NUL character in any parameter name or value, which no column can hold", () => {
    const nul = (name: string) => bad(`Query parameter "${name}" must not contain NUL (U+0000) characters`, name);
    expect(failure("?filter[title]=a%00b")).toEqual(nul("filter[title]"));
    expect(failure("?sort=title%00")).toEqual(nul("sort"));
    expect(failure("?include=%00")).toEqual(nul("include"));
    expect(failure("?x%00=1")).toEqual(nul("x\u0000"));
    expect(failure(`?filter=${encodeURIComponent('[{"name":"title","op":"eq","val":"\\u0000"}]')}`)).toEqual(
      bad("filter must not contain NUL (U+0000) characters", "filter"),
    );
  });
});

describe("parseNoQuery", () => {
  it("accepts no parameter at all", () => {
    expect(() => parseNoQuery(new URL("http://localhost/v1/posts/1/relationships/author"))).not.toThrow();
    try {
      parseNoQuery(new URL("http://localhost/v1/posts/1/relationships/author?include=author"));
      expect.fail("accepted");
    } catch (error) {
      expect(mapError(error).errors[0]).toEqual(bad('Unknown query parameter "include"', "include"));
    }
    expect(() => parseNoQuery(new URL("http://localhost/v1/posts/1/relationships/author?%00"))).toThrow(/NUL/);
  });
});
