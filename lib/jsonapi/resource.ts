import type { z } from "zod";
import type { Actor } from "../auth/actor";

/**
 * A JSON:API resource, declared once per domain type. The serializer, the query parser
 * (include/fields/sort/filter), the body parser and the Prisma include builder all read this
 * declaration, so adding an attribute or a relationship is one entry here.
 */

/** How a filterable attribute's `val` is read from a filter (and what ops it supports). */
export type FilterKind = "string" | "number" | "integer" | "boolean" | "date" | { enum: readonly string[] };

export interface AttributeDef<R> {
  /** Member name in documents; defaults to the dasherized key. */
  name?: string;
  /** Prisma column for sort and filter; defaults to the key. */
  column?: string;
  /**
   * Value in documents; defaults to `record[key]`. It may depend on the audience (the public
   * reads the public part of custom-form answers), whose members `visible` already chose.
   */
  get?: (record: R, actor: Actor) => unknown;
  /** Accepted in request bodies. Read-only attributes sent by clients are ignored (see body.ts). */
  writable?: boolean;
  sortable?: boolean;
  /** Present when the attribute may be used in `filter`. */
  filter?: FilterKind;
  /**
   * The column may hold null, so `eq`/`is_` null filters match rows; on any other column they
   * match none (and `ne`/`isnot` null all). Checked against the database by app/v1/filters.test.ts.
   */
  nullable?: boolean;
}

/** Nested include paths by relationship key, e.g. `{ sessions: { speakers: {} } }`. */
export interface IncludeTree {
  [relationship: string]: IncludeTree;
}

export interface RelationshipDef {
  /** Member name in documents and in `include`; defaults to the dasherized key. */
  name?: string;
  /** The target's JSON:API `type`, resolved by the registry (registry.ts) when it is needed. */
  type: string;
  many?: boolean;
  /** Property of the loaded record (the Prisma relation name); defaults to the key. */
  field?: string;
  /** Column holding a to-one linkage; makes the relationship writable in request bodies. */
  foreignKey?: string;
  /**
   * Input key taking the ids of a to-many linkage (`{data: [{type, id}, …]}` → `[id, …]`): makes
   * the relationship writable in request bodies, where the list replaces the related set (as
   * Ember Data sends a many-to-many relationship with every save). The resource's create and
   * update schemas validate the key and their services apply it.
   */
  foreignKeys?: string;
  /** Whether `include` may name it; default true. */
  includable?: boolean;
  /**
   * A to-many relationship stored in a join table: `field` is the Prisma relation to the join
   * rows and `through.field` the join row's relation to the target, e.g. sessions' speakers are
   * `{ field: "speakers", through: { model: "SessionSpeaker", field: "speaker" } }`. Includes
   * load the join rows with their targets (`load` then returns the join rows' `where`/`orderBy`),
   * documents and `resolveThrough` see the targets, and `any` filters reach the target.
   */
  through?: { model: string; field: string };
  /**
   * The Prisma include argument that loads this relationship (with the target's own nested
   * includes already built). Declare it to scope to-many relations (soft deletes, visibility);
   * the default loads `{ include: nested }`, or `true` when nothing is nested. For a `through`
   * relationship it returns the join rows' arguments; the target's include is added to them.
   */
  load?: (nested: Record<string, unknown> | undefined, actor: Actor) => unknown;
}

export interface ResourceDef<R> {
  /** The JSON:API `type` member (singular, Open Event's). */
  type: string;
  /** The plural path segment under /v1. */
  path: string;
  /** Prisma model the attributes' columns belong to (the shared content and taxonomy services query it). */
  model: string;
  attributes: Record<string, AttributeDef<R>>;
  relationships?: Record<string, RelationshipDef>;
  /** Values given to missing attributes of a new resource before validation (by key). */
  defaults?: Readonly<Record<string, unknown>>;
  /**
   * Rows are soft-deleted (a `deletedAt` column): `filter` may name `deleted-at`, and
   * `get_trashed=true` (admins only, lib/api/route.ts) asks the collection's `list` for deleted
   * rows too (`CollectionQuery.trashed`), which the services bound here honour.
   */
  softDelete?: boolean;
  /**
   * The rows still to come (Open Event's `upcoming=true` and `/v1/events/upcoming`), as a
   * condition on the collection; the parameter is a 400 for a resource without it.
   */
  upcoming?: (now: Date) => Where;
  /** Default sort when `sort` is absent, in query syntax (`-starts-at,name`). */
  defaultSort?: string;
  /** The resource id as a string; defaults to `String(record.id)`. */
  id?: (record: R) => string;
  /**
   * The URL of the resource with this id (its `links.self`) where it is not `/v1/<path>/{id}`:
   * a document with no collection of its own, such as a statistics singleton
   * (`/v1/admin/statistics/events`) or one under its event (`/v1/events/{id}/general-statistics`).
   */
  link?: (id: string) => string;
  /** Relations every load needs (e.g. the actor's roles for `visible`). */
  baseInclude?: (actor: Actor) => Record<string, unknown>;
  /**
   * Member names (attributes and relationships) this audience may see on this record;
   * undefined means all of them.
   */
  visible?: (actor: Actor, record: R) => ReadonlySet<string> | undefined;

  // How the resource is read and written: the services its own endpoints and the UI call, bound
  // here so that the generic routes (lib/api/routes.ts) and the related and relationship
  // endpoints (lib/related) reach every row through the same permissions and rules.

  /** `GET /v1/<path>/{id}`: the record with `include` loaded, as the actor may see it; NOT_FOUND (or 401) otherwise. */
  get?: (actor: Actor, id: string, include: IncludeTree) => Promise<unknown>;
  /** A page of the collection, at the top level or (`parentId`) under the parent named in its URL. */
  list?: (actor: Actor, query: CollectionQuery, parentId: string | undefined) => Promise<Page>;
  /** A page of the records matching `where` that the actor may see (as the target of a to-many relationship). */
  find?: (actor: Actor, where: Where, query: CollectionQuery) => Promise<Page>;
  /** The POST of the collection. */
  create?: CreateBinding;
  /** The PATCH, through which its writable to-one relationships change too. */
  update?: UpdateBinding;
  /** The DELETE. */
  delete?: (actor: Actor, id: string) => Promise<void>;
  /**
   * Relationships (member names) whose targets this resource shows itself: their endpoints answer
   * the target as this resource's `include` loads it, for whoever may see this record, instead of
   * asking the target's own `get`.
   */
  showsItself?: readonly string[];
}

/** A Prisma `where` of a resource's model (what filters and scopes build). */
export type Where = Record<string, unknown>;

export type OrderBy = Record<string, "asc" | "desc">[];

/** What reading a page of a collection takes from the request (see query.ts). */
export interface CollectionQuery {
  include: IncludeTree;
  orderBy: OrderBy;
  /** `page[number]` from 1 and `page[size]`. */
  page: { size: number; number: number };
  where: Where;
  /** `get_trashed=true`: soft-deleted rows are listed too (see `softDelete`). */
  trashed?: boolean;
}

/** One page of a collection and the number of all its records (`meta.count`). */
export interface Page {
  items: readonly unknown[];
  count: number;
}

export interface CreateBinding {
  /** The zod schema of the attributes (and writable relationships) of a new record. */
  schema: z.ZodType;
  /**
   * The relationship naming the record a new one belongs to (`event`): its collection is
   * `/v1/<parent path>/{id}/<path>` and `parentId` is that id.
   */
  parent?: string;
  run(actor: Actor, input: unknown, options: { parentId?: string; include: IncludeTree }): Promise<unknown>;
}

export interface UpdateBinding {
  /** The zod schema of a PATCH (every member optional). */
  schema: z.ZodType;
  run(actor: Actor, id: string, input: unknown, options?: { include?: IncludeTree; expectedId?: string }): Promise<unknown>;
}

/**
 * The parent id handed to a binding of a resource that exists under a parent only (content under
 * its event): its routes always pass one, so a missing id is a wiring mistake, not a request's.
 */
export function parentIdOf(resource: { type: string }, parentId: string | undefined): string {
  if (parentId === undefined) throw new Error(`The ${resource.type} resource exists under its parent only: no parent id was given`);
  return parentId;
}

/** Pairs a create schema with its service (which takes what the schema outputs). */
export const createWith = <S extends z.ZodType>(
  schema: S,
  run: (actor: Actor, input: z.output<S>, options: { parentId?: string; include: IncludeTree }) => Promise<unknown>,
  parent?: string,
): CreateBinding => ({ schema, ...(parent ? { parent } : {}), run: (actor, input, options) => run(actor, input as z.output<S>, options) });

/** Pairs an update schema with its service (which takes what the schema outputs). */
export const updateWith = <S extends z.ZodType>(
  schema: S,
  run: (actor: Actor, id: string, input: z.output<S>, options: { include?: IncludeTree; expectedId?: string }) => Promise<unknown>,
): UpdateBinding => ({ schema, run: (actor, id, input, options = {}) => run(actor, id, input as z.output<S>, options) });

/**
 * A resource of any record type. Record-typed callbacks are contravariant, so `never` is the
 * type every ResourceDef<R> is assignable to; the serializer only passes records that the
 * resource's own services loaded.
 */
export type AnyResource = ResourceDef<never>;

export const dasherize = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export function defineResource<R>(def: ResourceDef<R>): ResourceDef<R> {
  return def;
}

/** An attribute clients may write (most are). */
export const writable = <R>(extra: Partial<AttributeDef<R>> = {}): AttributeDef<R> => ({ writable: true, ...extra });

export const attributeName = (key: string, def: AttributeDef<never>) => def.name ?? dasherize(key);
export const relationshipName = (key: string, def: RelationshipDef) => def.name ?? dasherize(key);

/** Attribute keys by member name. */
export function attributesByName(resource: AnyResource): Map<string, [key: string, def: AttributeDef<never>]> {
  return new Map(Object.entries(resource.attributes).map(([key, def]) => [attributeName(key, def), [key, def]]));
}

/** The `where` of a soft-deleted resource's live rows, or of all of them for `get_trashed=true`. */
export const liveRows = (query: Pick<CollectionQuery, "trashed">): { deletedAt?: null } => (query.trashed ? {} : { deletedAt: null });

/** The attributes `filter` may name: the declared ones, and `deleted-at` of a soft-deleted resource. */
export function filterableAttributes(resource: AnyResource): Map<string, [key: string, def: AttributeDef<never>]> {
  const attributes = attributesByName(resource);
  if (resource.softDelete && !attributes.has("deleted-at")) attributes.set("deleted-at", ["deletedAt", { filter: "date", nullable: true }]);
  return attributes;
}

/** Relationship keys by member name. */
export function relationshipsByName(resource: AnyResource): Map<string, [key: string, def: RelationshipDef]> {
  return new Map(
    Object.entries(resource.relationships ?? {}).map(([key, def]) => [relationshipName(key, def), [key, def]]),
  );
}

/** Every attribute and relationship member name of a resource. */
export function memberNames(resource: AnyResource): string[] {
  return [
    ...Object.entries(resource.attributes).map(([key, def]) => attributeName(key, def)),
    ...Object.entries(resource.relationships ?? {}).map(([key, def]) => relationshipName(key, def)),
  ];
}

export function resourceId(resource: AnyResource, record: unknown): string {
  return resource.id ? resource.id(record as never) : String((record as { id: unknown }).id);
}
