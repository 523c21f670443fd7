import type { Actor } from "../auth/actor";
import { lastPage } from "../pagination";
import { resolveThrough, throughTarget } from "./include";
import { resourceOf } from "./registry";
import { attributeName, relationshipName, resourceId, type AnyResource, type IncludeTree, type RelationshipDef } from "./resource";

/**
 * JSON:API 1.1 documents from loaded records and their resource declarations. Links are
 * relative to the host (`/v1/events/1`), as Open Event Server writes them.
 */

export const API_BASE = "/v1";
export const JSONAPI_VERSION = { version: "1.1" } as const;

export interface Linkage {
  type: string;
  id: string;
}

export interface RelationshipObject {
  links: { self: string; related: string };
  data?: Linkage | Linkage[] | null;
}

export interface ResourceObject {
  type: string;
  id: string;
  attributes: Record<string, unknown>;
  relationships?: Record<string, RelationshipObject>;
  links: { self: string };
}

export interface SerializeOptions {
  actor: Actor;
  include?: IncludeTree;
  fields?: Record<string, ReadonlySet<string>>;
}

export interface PaginationLinks {
  self: string;
  first: string;
  last: string;
  prev: string | null;
  next: string | null;
}

export interface ResourceDocument {
  data: ResourceObject;
  included?: ResourceObject[];
  links: { self: string };
  jsonapi: typeof JSONAPI_VERSION;
}

export interface CollectionDocument {
  data: ResourceObject[];
  included?: ResourceObject[];
  links: PaginationLinks;
  meta: { count: number };
  jsonapi: typeof JSONAPI_VERSION;
}

export const resourcePath = (resource: AnyResource, id: string) =>
  resource.link ? resource.link(encodeURIComponent(id)) : `${API_BASE}/${resource.path}/${encodeURIComponent(id)}`;

/**
 * The links of a relationship object of the resource at `self` (`resourcePath`): the
 * relationship endpoint (`self`, resource linkage) and the related resource (`related`). Each
 * has a route under app/v1; app/v1/links.test.ts walks the declarations to check it.
 */
export function relationshipLinks(self: string, name: string): { self: string; related: string } {
  return { self: `${self}/relationships/${name}`, related: `${self}/${name}` };
}

function toJson(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value === undefined) return null;
  return value;
}

/**
 * Serialising is linear in the records: what a resource declares (member names, getters,
 * relationship targets) is compiled once per resource, and what an audience sees of it once per
 * request and `visible` answer, so each record costs its values and links only.
 */

interface AttributePlan {
  key: string;
  name: string;
  get: ((record: never, actor: Actor) => unknown) | undefined;
}

interface RelationshipPlan {
  key: string;
  name: string;
  def: RelationshipDef;
  field: string;
  target: AnyResource;
}

interface ResourcePlan {
  attributes: AttributePlan[];
  relationships: RelationshipPlan[];
  relationshipsByKey: Map<string, RelationshipPlan>;
}

const plans = new WeakMap<AnyResource, ResourcePlan>();

function planOf(resource: AnyResource): ResourcePlan {
  let plan = plans.get(resource);
  if (!plan) {
    const relationships = Object.entries(resource.relationships ?? {}).map(([key, def]) => ({
      key,
      name: relationshipName(key, def),
      def,
      field: def.field ?? key,
      target: resourceOf(def.type),
    }));
    plan = {
      attributes: Object.entries(resource.attributes).map(([key, def]) => ({ key, name: attributeName(key, def), get: def.get })),
      relationships,
      relationshipsByKey: new Map(relationships.map((relationship) => [relationship.key, relationship])),
    };
    plans.set(resource, plan);
  }
  return plan;
}

/** What one audience sees of a resource: shown members (audience and fieldset) and visible relationships. */
interface View {
  attributes: AttributePlan[];
  relationships: RelationshipPlan[];
  /** Relationship keys the audience may see (whatever the fieldset): only these are embedded. */
  embeddable: ReadonlySet<string>;
}

interface Context {
  actor: Actor;
  fields: Record<string, ReadonlySet<string>>;
  views: Map<AnyResource, Map<ReadonlySet<string> | undefined, View>>;
}

function viewOf(resource: AnyResource, record: unknown, context: Context): View {
  const visible = resource.visible?.(context.actor, record as never);
  let byAudience = context.views.get(resource);
  if (!byAudience) context.views.set(resource, (byAudience = new Map()));
  let view = byAudience.get(visible);
  if (!view) {
    const plan = planOf(resource);
    const fieldset = context.fields[resource.type];
    const audience = (name: string) => !visible || visible.has(name);
    const shown = (name: string) => audience(name) && (!fieldset || fieldset.has(name));
    view = {
      attributes: plan.attributes.filter((attribute) => shown(attribute.name)),
      relationships: plan.relationships.filter((relationship) => shown(relationship.name)),
      embeddable: new Set(plan.relationships.filter((relationship) => audience(relationship.name)).map((relationship) => relationship.key)),
    };
    byAudience.set(visible, view);
  }
  return view;
}

const EMPTY: readonly unknown[] = [];

function related(relationship: RelationshipPlan, record: unknown): readonly unknown[] {
  const value = (record as Record<string, unknown>)[relationship.field];
  if (!relationship.def.many) return value ? [value] : EMPTY;
  if (!Array.isArray(value)) return EMPTY;
  const through = relationship.def.through?.field;
  return through ? value.map((row) => throughTarget(row, through)) : value;
}

function linkage(relationship: RelationshipPlan, record: unknown): Linkage | Linkage[] | null {
  const { target } = relationship;
  const items = related(relationship, record).map((item) => ({ type: target.type, id: resourceId(target, item) }));
  return relationship.def.many ? items : (items[0] ?? null);
}

function resourceObject(resource: AnyResource, record: unknown, view: View, tree: IncludeTree, actor: Actor): ResourceObject {
  const id = resourceId(resource, record);
  const self = resourcePath(resource, id);
  const attributes: Record<string, unknown> = {};
  for (const attribute of view.attributes) {
    attributes[attribute.name] = toJson(attribute.get ? attribute.get(record as never, actor) : (record as Record<string, unknown>)[attribute.key]);
  }
  let relationships: Record<string, RelationshipObject> | undefined;
  for (const relationship of view.relationships) {
    const object: RelationshipObject = { links: relationshipLinks(self, relationship.name) };
    if (relationship.key in tree) object.data = linkage(relationship, record);
    (relationships ??= {})[relationship.name] = object;
  }
  return { type: resource.type, id, attributes, ...(relationships ? { relationships } : {}), links: { self } };
}

/** Walks the include tree, adding each related record once (merging linkage reached by several paths). */
function collectIncluded(
  resource: AnyResource,
  record: unknown,
  view: View,
  tree: IncludeTree,
  context: Context,
  primary: ReadonlySet<string>,
  included: Map<string, ResourceObject>,
): void {
  const plan = planOf(resource);
  for (const [key, nested] of Object.entries(tree)) {
    const relationship = plan.relationshipsByKey.get(key);
    // A relationship this audience may not see is not embedded either.
    if (!relationship || !view.embeddable.has(key)) continue;
    const { target } = relationship;
    const deeper = Object.keys(nested).length > 0;
    for (const item of related(relationship, record)) {
      const itemView = viewOf(target, item, context);
      const identity = `${target.type}:${resourceId(target, item)}`;
      if (!primary.has(identity)) {
        const existing = included.get(identity);
        if (!existing) {
          included.set(identity, resourceObject(target, item, itemView, nested, context.actor));
        } else if (deeper && existing.relationships) {
          // Reached again by a longer path: add the linkage this path includes.
          for (const shown of itemView.relationships) {
            const current = existing.relationships[shown.name];
            if (current && current.data === undefined && shown.key in nested) current.data = linkage(shown, item);
          }
        }
      }
      if (deeper) collectIncluded(target, item, itemView, nested, context, primary, included);
    }
  }
}

function serialize(resource: AnyResource, records: readonly unknown[], options: SerializeOptions) {
  const context: Context = { actor: options.actor, fields: options.fields ?? {}, views: new Map() };
  const tree = options.include ?? {};
  // `visible` and the getters read targets, whichever service loaded the join rows.
  resolveThrough(resource, records, tree);
  const views = records.map((record) => viewOf(resource, record, context));
  const data = records.map((record, index) => resourceObject(resource, record, views[index] as View, tree, context.actor));
  if (!Object.keys(tree).length) return { data, included: {} };
  const primary = new Set(data.map((object) => `${object.type}:${object.id}`));
  const included = new Map<string, ResourceObject>();
  records.forEach((record, index) => collectIncluded(resource, record, views[index] as View, tree, context, primary, included));
  return { data, included: { included: [...included.values()] } };
}

/** A document whose primary data is one resource. */
export function resourceDocument(
  resource: AnyResource,
  record: unknown,
  options: SerializeOptions & { self?: string },
): ResourceDocument {
  const { data, included } = serialize(resource, [record], options);
  const object = data[0] as ResourceObject;
  return { data: object, ...included, links: { self: options.self ?? object.links.self }, jsonapi: JSONAPI_VERSION };
}

/**
 * A document whose primary data is one page of a collection. `url` is the request's URL;
 * pagination links keep its other parameters and replace `page[number]`.
 */
export function collectionDocument(
  resource: AnyResource,
  records: readonly unknown[],
  options: SerializeOptions & { url: URL | string; count: number; page: { size: number; number: number } },
): CollectionDocument {
  const { data, included } = serialize(resource, records, options);
  return {
    data,
    ...included,
    links: paginationLinks(options.url, options.count, options.page),
    meta: { count: options.count },
    jsonapi: JSONAPI_VERSION,
  };
}

export function paginationLinks(
  url: URL | string,
  count: number,
  page: { size: number; number: number },
): PaginationLinks {
  const request = new URL(url, "http://localhost");
  const last = lastPage(count, page.size);
  const link = (number: number) => {
    const params = new URLSearchParams(request.searchParams);
    params.set("page[number]", String(number));
    return `${request.pathname}?${params}`;
  };
  return {
    self: `${request.pathname}${request.search}`,
    first: link(1),
    last: link(last),
    prev: page.number > 1 ? link(Math.min(page.number - 1, last)) : null,
    next: page.number < last ? link(page.number + 1) : null,
  };
}
