import { describe, expect, it } from "vitest";
import type { User } from "../auth/actor";
import { prismaInclude, resolveThrough } from "./include";
import { collectionDocument, paginationLinks, resourceDocument } from "./serialize";
import { postResource, tagResource, type Post, type Tag } from "./__fixtures__/resources";

const ada = { id: 1, name: "Ada" };
const bob = { id: 2, name: "Bob" };
const admin: User = { id: 9, email: "admin@example.test", isAdmin: true, isSuperAdmin: false };

const post = (id: number, extra: Partial<Post> = {}): Post => ({
  id,
  title: `Post ${id}`,
  views: id * 10,
  published: true,
  status: "live",
  createdAt: new Date("2030-01-01T00:00:00Z"),
  secret: "s3cret",
  authorId: 1,
  ...extra,
});

const links = (path: string, id: number, name: string) => ({
  links: { self: `/v1/${path}/${id}/relationships/${name}`, related: `/v1/${path}/${id}/${name}` },
});

describe("resourceDocument", () => {
  it("writes type, string id, dasherized attributes, relationship links and the self link", () => {
    expect(resourceDocument(postResource, post(7), { actor: admin })).toEqual({
      data: {
        type: "post",
        id: "7",
        attributes: { title: "Post 7", views: 70, published: true, status: "live", "created-at": "2030-01-01T00:00:00.000Z", secret: "s3cret" },
        relationships: { author: links("posts", 7, "author"), comments: links("posts", 7, "comments"), editor: links("posts", 7, "editor") },
        links: { self: "/v1/posts/7" },
      },
      links: { self: "/v1/posts/7" },
      jsonapi: { version: "1.1" },
    });
  });

  it("shows each audience only its members, and sparse fieldsets narrow further", () => {
    const anonymous = resourceDocument(postResource, post(7), { actor: null });
    expect(anonymous.data.attributes).not.toHaveProperty("secret");
    const sparse = resourceDocument(postResource, post(7), { actor: null, fields: { post: new Set(["title", "secret", "author"]) } });
    expect(sparse.data).toEqual({ type: "post", id: "7", attributes: { title: "Post 7" }, relationships: { author: links("posts", 7, "author") }, links: { self: "/v1/posts/7" } });
  });

  it("embeds included resources once, with linkage on every path", () => {
    const record = post(7, {
      author: ada,
      comments: [
        { id: 1, body: "First", author: bob },
        { id: 2, body: "Second", author: ada },
        { id: 3, body: "Third", author: null },
      ],
    });
    const document = resourceDocument(postResource, record, { actor: admin, include: { author: {}, comments: { author: {} } }, fields: { post: new Set(["title", "author", "comments"]) } });
    expect(document).toEqual({
      data: {
        type: "post",
        id: "7",
        attributes: { title: "Post 7" },
        relationships: {
          author: { ...links("posts", 7, "author"), data: { type: "person", id: "1" } },
          comments: {
            ...links("posts", 7, "comments"),
            data: [
              { type: "comment", id: "1" },
              { type: "comment", id: "2" },
              { type: "comment", id: "3" },
            ],
          },
        },
        links: { self: "/v1/posts/7" },
      },
      included: [
        { type: "person", id: "1", attributes: { name: "Ada" }, links: { self: "/v1/people/1" } },
        { type: "comment", id: "1", attributes: { body: "First" }, relationships: { author: { ...links("comments", 1, "author"), data: { type: "person", id: "2" } } }, links: { self: "/v1/comments/1" } },
        { type: "person", id: "2", attributes: { name: "Bob" }, links: { self: "/v1/people/2" } },
        { type: "comment", id: "2", attributes: { body: "Second" }, relationships: { author: { ...links("comments", 2, "author"), data: { type: "person", id: "1" } } }, links: { self: "/v1/comments/2" } },
        { type: "comment", id: "3", attributes: { body: "Third" }, relationships: { author: { ...links("comments", 3, "author"), data: null } }, links: { self: "/v1/comments/3" } },
      ],
      links: { self: "/v1/posts/7" },
      jsonapi: { version: "1.1" },
    });
  });

  it("answers an empty included array when includes find nothing", () => {
    const document = resourceDocument(postResource, post(7, { author: null, comments: [] }), { actor: admin, include: { author: {}, comments: {} } });
    expect(document.included).toEqual([]);
    expect(document.data.relationships?.author?.data).toBeNull();
    expect(document.data.relationships?.comments?.data).toEqual([]);
  });
});

describe("collectionDocument", () => {
  it("writes data, deduplicated included, meta.count and pagination links", () => {
    const records = [post(1, { author: ada }), post(2, { author: ada }), post(3, { author: bob })];
    const document = collectionDocument(postResource, records, {
      actor: null,
      include: { author: {} },
      fields: { post: new Set(["title"]) },
      url: "http://localhost/v1/posts?include=author&fields%5Bpost%5D=title&page[size]=3&page[number]=2",
      count: 10,
      page: { size: 3, number: 2 },
    });
    const link = (n: number) => `/v1/posts?include=author&fields%5Bpost%5D=title&page%5Bsize%5D=3&page%5Bnumber%5D=${n}`;
    expect(document).toEqual({
      data: [1, 2, 3].map((id) => ({ type: "post", id: String(id), attributes: { title: `Post ${id}` }, links: { self: `/v1/posts/${id}` } })),
      included: [
        { type: "person", id: "1", attributes: { name: "Ada" }, links: { self: "/v1/people/1" } },
        { type: "person", id: "2", attributes: { name: "Bob" }, links: { self: "/v1/people/2" } },
      ],
      links: {
        self: "/v1/posts?include=author&fields%5Bpost%5D=title&page[size]=3&page[number]=2",
        first: link(1),
        last: link(4),
        prev: link(1),
        next: link(3),
      },
      meta: { count: 10 },
      jsonapi: { version: "1.1" },
    });
  });
});

describe("paginationLinks", () => {
  it("has one page for an empty collection and clamps prev past the end", () => {
    expect(paginationLinks("http://localhost/v1/posts", 0, { size: 20, number: 1 })).toEqual({
      self: "/v1/posts",
      first: "/v1/posts?page%5Bnumber%5D=1",
      last: "/v1/posts?page%5Bnumber%5D=1",
      prev: null,
      next: null,
    });
    expect(paginationLinks("http://localhost/v1/posts?page[number]=9", 5, { size: 2, number: 9 })).toMatchObject({
      prev: "/v1/posts?page%5Bnumber%5D=3",
      next: null,
    });
  });
});

describe("prismaInclude", () => {
  it("builds nested Prisma includes from the include tree with declared loaders", () => {
    expect(prismaInclude(postResource, { author: {}, comments: { author: {} } }, null)).toEqual({
      author: true,
      comments: { where: { deletedAt: null }, include: { author: true } },
    });
  });

  it("loads a many-to-many relationship as join rows carrying their targets", () => {
    expect(prismaInclude(tagResource, { posts: { author: {} } }, null)).toEqual({
      posts: { orderBy: [{ postId: "asc" }], include: { post: { include: { author: true } } } },
    });
    expect(prismaInclude(tagResource, { posts: {} }, null)).toEqual({ posts: { orderBy: [{ postId: "asc" }], include: { post: true } } });
  });
});

describe("through relationships", () => {
  const tag = (): Tag => ({ id: 3, label: "news", posts: [{ postId: 7, post: post(7, { author: ada }) }, { postId: 8, post: post(8, { author: ada }) }] });

  it("serializes the join rows' targets as linkage and included resources", () => {
    const document = resourceDocument(tagResource, tag(), { actor: admin, include: { posts: { author: {} } }, fields: { post: new Set(["title", "author"]) } });
    expect(document).toEqual({
      data: {
        type: "tag",
        id: "3",
        attributes: { label: "news" },
        relationships: { posts: { ...links("tags", 3, "posts"), data: [{ type: "post", id: "7" }, { type: "post", id: "8" }] } },
        links: { self: "/v1/tags/3" },
      },
      included: [
        { type: "post", id: "7", attributes: { title: "Post 7" }, relationships: { author: { ...links("posts", 7, "author"), data: { type: "person", id: "1" } } }, links: { self: "/v1/posts/7" } },
        { type: "person", id: "1", attributes: { name: "Ada" }, links: { self: "/v1/people/1" } },
        { type: "post", id: "8", attributes: { title: "Post 8" }, relationships: { author: { ...links("posts", 8, "author"), data: { type: "person", id: "1" } } }, links: { self: "/v1/posts/8" } },
      ],
      links: { self: "/v1/tags/3" },
      jsonapi: { version: "1.1" },
    });
  });

  it("resolves join rows to their targets in place, idempotently", () => {
    const records = [tag()];
    resolveThrough(tagResource, records, { posts: {} });
    expect(records[0]?.posts).toEqual([post(7, { author: ada }), post(8, { author: ada })]);
    resolveThrough(tagResource, records, { posts: {} });
    expect(records[0]?.posts).toEqual([post(7, { author: ada }), post(8, { author: ada })]);
    // Resolved records serialize like join rows.
    expect(resourceDocument(tagResource, records[0], { actor: admin, include: { posts: {} } })).toEqual(
      resourceDocument(tagResource, tag(), { actor: admin, include: { posts: {} } }),
    );
  });
});
