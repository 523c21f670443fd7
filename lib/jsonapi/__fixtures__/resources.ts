import { registerResources } from "../registry";
import { defineResource, type ResourceDef } from "../resource";

/** Small resources for the unit tests of lib/jsonapi (a blog: posts, comments, people). */

export interface Person {
  id: number;
  name: string;
}
export interface Comment {
  id: number;
  body: string;
  author?: Person | null;
}
export interface Post {
  id: number;
  title: string;
  views: number;
  published: boolean;
  status: string;
  createdAt: Date;
  secret: string;
  authorId: number | null;
  author?: Person | null;
  comments?: Comment[];
}

export const personResource: ResourceDef<Person> = defineResource<Person>({
  type: "person",
  path: "people",
  model: "Person",
  attributes: { name: { writable: true, sortable: true, filter: "string" } },
});

export const commentResource: ResourceDef<Comment> = defineResource<Comment>({
  type: "comment",
  path: "comments",
  model: "Comment",
  attributes: { body: { filter: "string" } },
  relationships: { author: { type: "person" } },
});

export const postResource: ResourceDef<Post> = defineResource<Post>({
  type: "post",
  path: "posts",
  model: "Post",
  attributes: {
    title: { writable: true, sortable: true, filter: "string", nullable: true },
    views: { writable: true, sortable: true, filter: "integer", column: "viewCount" },
    published: { writable: true, filter: "boolean" },
    status: { writable: true, filter: { enum: ["draft", "live"] } },
    createdAt: { sortable: true, filter: "date" },
    secret: { writable: true },
  },
  relationships: {
    author: { type: "person", foreignKey: "authorId" },
    comments: {
      type: "comment",
      many: true,
      load: (nested) => ({ where: { deletedAt: null }, ...(nested ? { include: nested } : {}) }),
    },
    editor: { type: "person", includable: false },
  },
  defaults: { published: false, status: "draft" },
  defaultSort: "-created-at",
  visible: (actor) => (actor?.isAdmin ? undefined : new Set(["title", "views", "published", "status", "created-at", "author", "comments", "editor"])),
});

export interface Tag {
  id: number;
  label: string;
  /** PostTag join rows (`{ postId, post }`) as Prisma loads them, or the posts once resolved. */
  posts?: unknown[];
}

/** Tags reach posts through a join table (many-to-many `through`). */
export const tagResource: ResourceDef<Tag> = defineResource<Tag>({
  type: "tag",
  path: "tags",
  model: "Tag",
  attributes: { label: { filter: "string" } },
  relationships: {
    posts: {
      type: "post",
      many: true,
      through: { model: "PostTag", field: "post" },
      load: () => ({ orderBy: [{ postId: "asc" }] }),
    },
  },
});

registerResources([personResource, commentResource, postResource, tagResource]);
