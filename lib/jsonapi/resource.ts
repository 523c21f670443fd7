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
  /** Target resource; a thunk because resources refer to each other. */
  resource: () => AnyResource;
  many?: boolean;
  /** Property of the loaded record (the Prisma relation name); defaults to the key. */
  field?: string;
  /** Column holding a to-one linkage; makes the relationship writable in request bodies. */
  foreignKey?: string;
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
  /** Prisma model the attributes' columns belong to (documentation for readers and tools). */
  model: string;
  attributes: Record<string, AttributeDef<R>>;
  relationships?: Record<string, RelationshipDef>;
  /** Values given to missing attributes of a new resource before validation (by key). */
  defaults?: Readonly<Record<string, unknown>>;
  /** Default sort when `sort` is absent, in query syntax (`-starts-at,name`). */
  defaultSort?: string;
  /** The resource id as a string; defaults to `String(record.id)`. */
  id?: (record: R) => string;
  /** Relations every load needs (e.g. the actor's roles for `visible`). */
  baseInclude?: (actor: Actor) => Record<string, unknown>;
  /**
   * Member names (attributes and relationships) this audience may see on this record;
   * undefined means all of them.
   */
  visible?: (actor: Actor, record: R) => ReadonlySet<string> | undefined;
}

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

export const attributeName = (key: string, def: AttributeDef<never>) => def.name ?? dasherize(key);
export const relationshipName = (key: string, def: RelationshipDef) => def.name ?? dasherize(key);

/** Attribute keys by member name. */
export function attributesByName(resource: AnyResource): Map<string, [key: string, def: AttributeDef<never>]> {
  return new Map(Object.entries(resource.attributes).map(([key, def]) => [attributeName(key, def), [key, def]]));
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

/**
 * The Prisma `include` that loads what a response needs: the resource's base include plus
 * every included relationship, recursively. Each level is one query for the whole page, so the
 * number of queries depends on the include depth and never on the number of records.
 */
export function prismaInclude(resource: AnyResource, tree: IncludeTree, actor: Actor): Record<string, unknown> {
  const include: Record<string, unknown> = { ...(resource.baseInclude?.(actor) ?? {}) };
  for (const [key, nested] of Object.entries(tree)) {
    const rel = resource.relationships?.[key];
    if (!rel) continue;
    const target = rel.resource();
    const inner = prismaInclude(target, nested, actor);
    const innerOrUndefined = Object.keys(inner).length ? inner : undefined;
    const targetArg = innerOrUndefined ? { include: innerOrUndefined } : true;
    if (rel.through) {
      const rows = (rel.load?.(innerOrUndefined, actor) ?? {}) as { include?: Record<string, unknown> };
      include[rel.field ?? key] = { ...rows, include: { ...rows.include, [rel.through.field]: targetArg } };
    } else {
      include[rel.field ?? key] = rel.load ? rel.load(innerOrUndefined, actor) : targetArg;
    }
  }
  return include;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);

/**
 * The target a join row of a `through` relationship carries; a value that is already the target
 * (see `resolveThrough`) is returned as it is, so records may be resolved or not.
 */
export function throughTarget(row: unknown, field: string): unknown {
  return isRecord(row) && isRecord(row[field]) ? row[field] : row;
}

/**
 * Replaces the join rows of every `through` relationship of loaded records by their targets, at
 * every level of the include tree, in place: services hand out sessions whose `speakers` are
 * speakers, and `visible` and the serializer read targets. Join rows loaded by a `baseInclude`
 * (present whatever the tree) are resolved too. Idempotent.
 */
export function resolveThrough<T>(resource: AnyResource, records: readonly T[], tree: IncludeTree = {}): readonly T[] {
  for (const [key, def] of Object.entries(resource.relationships ?? {})) {
    const field = def.field ?? key;
    const nested = tree[key];
    const targets: unknown[] = [];
    for (const item of records) {
      if (!isRecord(item)) continue;
      const record: Record<string, unknown> = item;
      const value = record[field];
      if (def.through && Array.isArray(value)) {
        const through = def.through.field;
        record[field] = value.map((row) => throughTarget(row, through));
      }
      if (nested && Object.keys(nested).length) {
        const loaded = record[field];
        if (Array.isArray(loaded)) targets.push(...loaded);
        else if (loaded) targets.push(loaded);
      }
    }
    if (targets.length) resolveThrough(def.resource(), targets, nested);
  }
  return records;
}
