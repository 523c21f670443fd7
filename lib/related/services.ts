import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { DocumentValidationError, inRelationshipDocument } from "../jsonapi/errors";
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
  const parentId = resourceId(rel.resource, record);
  return { self: resourcePath(rel.resource, parentId), parentId, items };
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

/**
 * The id of the related row of a to-one relationship (`/v1/sessions/{id}/track`), for writes to it
 * there; NOT_FOUND when the parent is hidden from the caller or has none.
 */
export async function relatedId(actor: Actor, rel: Relationship, id: string): Promise<string> {
  const { items } = await loadParent(actor, rel, id, {});
  if (!items[0]) throw new AppError("NOT_FOUND", `This ${rel.resource.type} has no ${rel.name}`);
  return resourceId(rel.target, items[0]);
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

/**
 * DELETE on a to-one relationship: empties it through the parent's update (`cleared`, the
 * update input that sets its foreign key to null) when the document names the current target
 * (`named`) or names none; a document naming another target changes nothing.
 */
export async function clearLinkage(actor: Actor, rel: Relationship, id: string, named: unknown, cleared: unknown): Promise<RelationshipLinkage> {
  const current = await getLinkage(actor, rel, id);
  const currentId = current.data && !Array.isArray(current.data) ? current.data.id : null;
  if (named !== null && String(named) !== currentId) return current;
  return setLinkage(actor, rel, id, cleared);
}

/**
 * PATCH, POST and DELETE on a to-one relationship that no foreign key makes writable, such as the
 * event of a session: the row stays where it is. The parent's update service first decides, with
 * an empty change, whether the caller may change the row at all (its 401, 403 and 404); then a
 * document naming the current target changes nothing and answers the linkage (a client saving
 * what it read), and anything else, or emptying it (`named` null), is 422 at its pointer.
 */
export async function keepLinkage(actor: Actor, rel: Relationship, id: string, named: number | null): Promise<RelationshipLinkage> {
  const update = rel.resource.update;
  const unchanged = update?.schema.safeParse({});
  if (!update || !unchanged?.success) throw new AppError("METHOD_NOT_ALLOWED", `The ${rel.name} relationship cannot be changed here`);
  await update.run(actor, id, unchanged.data);
  const current = await getLinkage(actor, rel, id);
  const currentId = current.data && !Array.isArray(current.data) ? current.data.id : null;
  if (named !== null && String(named) === currentId) return current;
  const what = `The ${rel.name} of this ${rel.resource.type}`;
  if (named === null) throw new AppError("UNPROCESSABLE", `${what} cannot be removed`, { pointer: "/data" });
  throw new AppError("UNPROCESSABLE", `${what} cannot be changed: only its current ${rel.target.type} (${currentId ?? "none"}) may be named`, { pointer: "/data/id" });
}

/** What POST, PATCH and DELETE on a to-many relationship do with the ids sent. */
export type ToManyWrite = "add" | "replace" | "remove";

type ToManyWriter =
  | { kind: "parent"; key: string; update: NonNullable<AnyResource["update"]> }
  | { kind: "target"; foreignKey?: string; update?: AnyResource["update"] };

/**
 * How a to-many relationship is written, if it can be: through the parent's list of ids (a
 * declaration's `foreignKeys`, e.g. a session's speakers), or through each target's own foreign
 * key to the parent (a track's sessions are the sessions whose `track` is it). A target whose
 * link to the parent is fixed (a track's event) stays where it is.
 */
export function toManyWriter(rel: Relationship): ToManyWriter | undefined {
  if (!rel.def.many) return undefined;
  if (rel.def.foreignKeys) return rel.resource.update ? { kind: "parent", key: rel.def.foreignKeys, update: rel.resource.update } : undefined;
  const inverse = Object.values(rel.target.relationships ?? {}).find((def) => def.type === rel.resource.type && !def.many);
  if (!inverse) return undefined;
  return { kind: "target", foreignKey: inverse.foreignKey, update: rel.target.update };
}

/** A refusal of one entry of the request's `data` (or of the whole document), whatever the service said. */
function atEntry(error: unknown, pointer: string): unknown {
  if (error instanceof AppError && (error.code === "UNPROCESSABLE" || error.code === "CONFLICT")) {
    return new AppError("UNPROCESSABLE", error.detail, { pointer }, { cause: error });
  }
  if (error instanceof DocumentValidationError) return new DocumentValidationError(error.issues.map(({ detail }) => ({ detail, pointer })));
  return error;
}

/**
 * POST (add), PATCH (replace) and DELETE (remove) on `/v1/<path>/{id}/relationships/<name>` of a
 * to-many relationship, through the services that own the rows (their rules and permissions
 * apply as to a PATCH of each resource), then the linkage as the caller sees it. Entries refused
 * are answered at `/data/<index>`; when one target of several is refused, the ones already
 * changed are changed back, so a refused request leaves the data as it was.
 */
export async function writeToMany(actor: Actor, rel: Relationship, id: string, ids: readonly number[], write: ToManyWrite): Promise<RelationshipLinkage> {
  const writer = toManyWriter(rel);
  if (!writer) throw new AppError("METHOD_NOT_ALLOWED", `The ${rel.name} relationship cannot be changed here`);
  if (!actor) throw new AppError("UNAUTHORIZED", `Sign in to change the ${rel.name} of a ${rel.resource.type}`);
  const { parentId, items } = await loadParent(actor, rel, id, {});
  const current = items.map((item) => Number(resourceId(rel.target, item)));
  const sent = [...new Set(ids)];
  const next = write === "add" ? [...current, ...sent.filter((one) => !current.includes(one))] : write === "remove" ? current.filter((one) => !sent.includes(one)) : sent;
  const index = (targetId: number) => ids.indexOf(targetId);

  if (writer.kind === "parent") {
    const parsed = writer.update.schema.safeParse({ [writer.key]: next });
    if (!parsed.success) throw new AppError("UNPROCESSABLE", parsed.error.issues[0]?.message ?? "Not a valid list", { pointer: "/data" });
    try {
      await writer.update.run(actor, id, parsed.data);
    } catch (error) {
      throw atEntry(error, "/data");
    }
    return getLinkage(actor, rel, id);
  }

  const added = next.filter((one) => !current.includes(one));
  const removed = current.filter((one) => !next.includes(one));
  if (!added.length && !removed.length) return getLinkage(actor, rel, id);
  const { foreignKey, update } = writer;
  if (!foreignKey || !update) {
    const targetId = added[0] ?? removed[0]!;
    throw new AppError("UNPROCESSABLE", `A ${rel.target.type} belongs to one ${rel.resource.type}; create or delete it at /v1/${rel.target.path}`, {
      pointer: index(targetId) >= 0 ? `/data/${index(targetId)}` : "/data",
    });
  }
  const changes: [targetId: number, value: string | null][] = [...added.map((one) => [one, parentId] as [number, string]), ...removed.map((one) => [one, null] as [number, null])];
  const done: [targetId: number, previous: unknown][] = [];
  const set = async (targetId: number, value: unknown) => {
    const parsed = update.schema.safeParse({ [foreignKey]: typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value });
    if (!parsed.success) throw new AppError("UNPROCESSABLE", parsed.error.issues[0]?.message ?? "Not a valid value", {});
    // A key the update schema does not know is stripped: the link is fixed.
    if (!(foreignKey in (parsed.data as object))) throw new AppError("UNPROCESSABLE", `A ${rel.target.type}'s ${rel.resource.type} cannot be changed`, {});
    await update.run(actor, String(targetId), parsed.data);
  };
  const notThere = (error: unknown) => {
    throw error instanceof AppError && error.code === "NOT_FOUND" ? new AppError("UNPROCESSABLE", `There is no ${rel.target.type} with this id`) : error;
  };
  for (const [targetId, value] of changes) {
    try {
      // A member the caller cannot see is not there; one they see but may not change is refused
      // by its update (404 or 403, as its own endpoint answers).
      const target = rel.targetReader ? await rel.targetReader.get(actor, String(targetId), {}).catch(notThere) : undefined;
      await set(targetId, value);
      done.push([targetId, (target as Record<string, unknown> | undefined)?.[foreignKey] ?? null]);
    } catch (error) {
      for (const [changed, previous] of done.reverse()) await set(changed, previous === null ? null : String(previous)).catch(() => undefined);
      throw atEntry(error, index(targetId) >= 0 ? `/data/${index(targetId)}` : "/data");
    }
  }
  return getLinkage(actor, rel, id);
}
