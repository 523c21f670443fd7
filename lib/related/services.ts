import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { inRelationshipDocument } from "../jsonapi/errors";
import { resolveThrough } from "../jsonapi/include";
import { resourceOf } from "../jsonapi/registry";
import { relationshipsByName, resourceId, type AnyResource, type IncludeTree, type RelationshipDef, type CollectionQuery } from "../jsonapi/resource";
import { resourcePath, type Linkage } from "../jsonapi/serialize";

/**
 * The services behind every related-resource endpoint (`/v1/<path>/{id}/<name>`) and
 * relationship endpoint (`/v1/<path>/{id}/relationships/<name>`), for any declared relationship:
 *
 * - The parent is loaded by its declaration's `get`, so a parent the caller may not see is NOT_FOUND.
 * - The related rows are those the parent's `include` of the relationship loads: its declared
 *   `load` scopes them (only sessions the caller sees, no deleted rows, no hidden tickets), so an
 *   endpoint never lists more than `?include=<name>` embeds.
 * - A to-one target whose declaration binds `get` is then read by it, so the related document is
 *   the one its own endpoint answers; a target the caller may not see is left out (`data: null`).
 *   A parent that names the relationship in `showsItself` shows the target as its include does.
 * - A to-many related collection is read by the target's `find` among those rows, with the
 *   request's filter, sort, page and include.
 */

/** How a target is read: the `get` (and, for to-many relationships, `find`) its declaration binds. */
interface Reader {
  get: NonNullable<AnyResource["get"]>;
  find: AnyResource["find"];
}

export interface Relationship {
  /** The parent's declaration and the `get` it binds. */
  resource: AnyResource;
  get: NonNullable<AnyResource["get"]>;
  /** Member name, declaration key and declaration of the relationship. */
  name: string;
  key: string;
  def: RelationshipDef;
  /** The target's declaration, with which related documents are written. */
  target: AnyResource;
  /** Absent: the target is shown as the parent's include loads it. */
  targetReader: Reader | undefined;
}

/** A declared relationship by its parent's type and member name; thrown at route definition, so a typo fails at import. */
export function relationshipOf(type: string, name: string): Relationship {
  const resource = resourceOf(type);
  const found = relationshipsByName(resource).get(name);
  if (!found) throw new Error(`The ${type} resource declares no relationship "${name}"`);
  const { get } = resource;
  if (!get) throw new Error(`The ${type} resource binds no get, which its related endpoints read it with`);
  const [key, def] = found;
  const target = resourceOf(def.type);
  const targetReader = resource.showsItself?.includes(name) || !target.get ? undefined : { get: target.get, find: target.find };
  return { resource, get, name, key, def, target, targetReader };
}

/** Errors that mean "the caller may not see this row" rather than a failure. */
const hidden = (error: unknown) => error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "UNAUTHORIZED");

/** The parent (as the caller may see it) with the relationship loaded, and its related rows. */
async function loadParent(actor: Actor, rel: Relationship, id: string, include: IncludeTree) {
  const tree = { [rel.key]: include };
  const record = await rel.get(actor, id, tree);
  resolveThrough(rel.resource, [record], tree);
  const value = (record as Record<string, unknown>)[rel.def.field ?? rel.key];
  const items: unknown[] = rel.def.many ? (Array.isArray(value) ? value : []) : value ? [value] : [];
  // Links name the parent by its id even when the URL used another key (an event's identifier).
  return { self: resourcePath(rel.resource, resourceId(rel.resource, record)), items };
}

/** The target row as its reader shows it to the caller, or null when they may not see it. */
async function readTarget(actor: Actor, reader: Reader, rel: Relationship, item: unknown, include: IncludeTree): Promise<unknown> {
  try {
    return await reader.get(actor, resourceId(rel.target, item), include);
  } catch (error) {
    if (hidden(error)) return null;
    throw error;
  }
}

export interface RelatedOne {
  /** The parent's path (`/v1/sessions/7`). */
  self: string;
  record: unknown;
}

/** The related resource of a to-one relationship (`/v1/sessions/{id}/track`), loaded with `include`. */
export async function getRelated(actor: Actor, rel: Relationship, id: string, include: IncludeTree): Promise<RelatedOne> {
  const reader = rel.targetReader;
  if (!reader) {
    const { self, items } = await loadParent(actor, rel, id, include);
    return { self, record: items[0] ?? null };
  }
  const { self, items } = await loadParent(actor, rel, id, {});
  return { self, record: items[0] ? await readTarget(actor, reader, rel, items[0], include) : null };
}

/** A page of the related collection of a to-many relationship (`/v1/tracks/{id}/sessions`). */
export async function findRelated(
  actor: Actor,
  rel: Relationship,
  id: string,
  query: CollectionQuery,
): Promise<{ items: readonly unknown[]; count: number }> {
  const find = rel.targetReader?.find;
  if (!find) throw new Error(`The ${rel.target.type} resource binds no find, which its related collections read it with`);
  const { items } = await loadParent(actor, rel, id, {});
  return find(actor, { id: { in: items.map((item) => (item as { id: unknown }).id) } }, query);
}

export interface RelationshipLinkage {
  self: string;
  data: Linkage | Linkage[] | null;
}

const linkageOf = (target: AnyResource, item: unknown): Linkage => ({ type: target.type, id: resourceId(target, item) });

/** The resource linkage of a relationship as the caller may see it (`/v1/<path>/{id}/relationships/<name>`). */
export async function getLinkage(actor: Actor, rel: Relationship, id: string): Promise<RelationshipLinkage> {
  const { self, items } = await loadParent(actor, rel, id, {});
  if (rel.def.many) return { self, data: items.map((item) => linkageOf(rel.target, item)) };
  const item = items[0];
  if (!item || (rel.targetReader && (await readTarget(actor, rel.targetReader, rel, item, {})) === null)) return { self, data: null };
  return { self, data: linkageOf(rel.target, item) };
}

/**
 * Replaces a writable to-one relationship through the parent's own update service (its rules and
 * permissions apply as to a PATCH of the resource) and answers the linkage afterwards.
 */
export async function setLinkage(actor: Actor, rel: Relationship, id: string, input: unknown): Promise<RelationshipLinkage> {
  const update = rel.resource.update;
  if (!update) throw new AppError("METHOD_NOT_ALLOWED", `The ${rel.name} relationship cannot be changed here`);
  try {
    await update.run(actor, id, input);
  } catch (error) {
    throw inRelationshipDocument(error, rel.name);
  }
  return getLinkage(actor, rel, id);
}
