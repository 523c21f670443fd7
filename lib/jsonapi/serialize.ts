import type { Actor } from "../auth/actor";
import {
  attributeName,
  relationshipName,
  resourceId,
  type AnyResource,
  type IncludeTree,
  type RelationshipDef,
} from "./resource";

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

export const resourcePath = (resource: AnyResource, id: string) => `${API_BASE}/${resource.path}/${encodeURIComponent(id)}`;

function toJson(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value === undefined) return null;
  return value;
}

type Shown = (name: string) => boolean;

interface Context {
  actor: Actor;
  fields: Record<string, ReadonlySet<string>>;
}

function visibility(resource: AnyResource, record: unknown, context: Context) {
  const visible = resource.visible?.(context.actor, record as never);
  const fieldset = context.fields[resource.type];
  const audience: Shown = (name) => !visible || visible.has(name);
  const shown: Shown = (name) => audience(name) && (!fieldset || fieldset.has(name));
  return { audience, shown };
}

function related(def: RelationshipDef, key: string, record: unknown): unknown[] {
  const value = (record as Record<string, unknown>)[def.field ?? key];
  if (def.many) return Array.isArray(value) ? value : [];
  return value ? [value] : [];
}

function resourceObject(resource: AnyResource, record: unknown, tree: IncludeTree, context: Context): ResourceObject {
  const id = resourceId(resource, record);
  const self = resourcePath(resource, id);
  const { shown } = visibility(resource, record, context);
  const attributes: Record<string, unknown> = {};
  for (const [key, def] of Object.entries(resource.attributes)) {
    const name = attributeName(key, def);
    if (!shown(name)) continue;
    attributes[name] = toJson(def.get ? def.get(record as never) : (record as Record<string, unknown>)[key]);
  }
  const relationships: Record<string, RelationshipObject> = {};
  for (const [key, def] of Object.entries(resource.relationships ?? {})) {
    const name = relationshipName(key, def);
    if (!shown(name)) continue;
    const relationship: RelationshipObject = { links: { self: `${self}/relationships/${name}`, related: `${self}/${name}` } };
    if (key in tree) {
      const target = def.resource();
      const linkage = related(def, key, record).map((item) => ({ type: target.type, id: resourceId(target, item) }));
      relationship.data = def.many ? linkage : (linkage[0] ?? null);
    }
    relationships[name] = relationship;
  }
  return {
    type: resource.type,
    id,
    attributes,
    ...(Object.keys(relationships).length ? { relationships } : {}),
    links: { self },
  };
}

/** Walks the include tree, adding each related record once (merging linkage reached by several paths). */
function collectIncluded(
  resource: AnyResource,
  record: unknown,
  tree: IncludeTree,
  context: Context,
  primary: ReadonlySet<string>,
  included: Map<string, ResourceObject>,
): void {
  const { audience } = visibility(resource, record, context);
  for (const [key, nested] of Object.entries(tree)) {
    const def = resource.relationships?.[key];
    // A relationship this audience may not see is not embedded either.
    if (!def || !audience(relationshipName(key, def))) continue;
    const target = def.resource();
    for (const item of related(def, key, record)) {
      const identity = `${target.type}:${resourceId(target, item)}`;
      if (!primary.has(identity)) {
        const object = resourceObject(target, item, nested, context);
        const existing = included.get(identity);
        if (!existing) {
          included.set(identity, object);
        } else {
          for (const [name, relationship] of Object.entries(object.relationships ?? {})) {
            const current = existing.relationships?.[name];
            if (current && current.data === undefined && relationship.data !== undefined) current.data = relationship.data;
          }
        }
      }
      collectIncluded(target, item, nested, context, primary, included);
    }
  }
}

function serialize(resource: AnyResource, records: readonly unknown[], options: SerializeOptions) {
  const context: Context = { actor: options.actor, fields: options.fields ?? {} };
  const tree = options.include ?? {};
  const data = records.map((record) => resourceObject(resource, record, tree, context));
  const primary = new Set(data.map((object) => `${object.type}:${object.id}`));
  const included = new Map<string, ResourceObject>();
  for (const record of records) collectIncluded(resource, record, tree, context, primary, included);
  return { data, included: Object.keys(tree).length ? { included: [...included.values()] } : {} };
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
  const last = Math.max(1, Math.ceil(count / page.size));
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
