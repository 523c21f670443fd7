import { AppError } from "../errors";
import { pageWindow } from "../pagination";
import { parseFilter, simpleFilter, type Where } from "./filter";
import { hasNul } from "./input";
import { catalogueOf, resourceOf } from "./registry";
import {
  attributesByName,
  memberNames,
  relationshipsByName,
  type AnyResource,
  type CollectionQuery,
  type IncludeTree,
  type OrderBy,
} from "./resource";

/**
 * Query parameters of /v1 requests:
 *
 * - `include=a,b.c` — relationships to embed; each name must be an includable relationship,
 *   at most MAX_INCLUDE_DEPTH levels deep.
 * - `fields[type]=a,b` — sparse fieldsets for any type the response can contain.
 * - `sort=-starts-at,name` — sortable attributes only; `-` sorts descending; `id` is always
 *   the last key so that pages are stable.
 * - `page[size]` — default 20, at most 100. A larger (or negative) size is answered with
 *   400 and `source.parameter: "page[size]"` instead of being clamped silently, so a client
 *   never mistakes a short page for the whole collection. `page[size]=0` is Open Event's "no
 *   pagination": the whole collection in one page, up to PAGE_SIZE_ALL_MAX rows; a larger
 *   collection is a 400 naming `page[size]` (checked by `checkWholeCollection` once the count
 *   is known), for the same reason.
 * - `page[number]` — from 1.
 * - `filter=[…]` (see filter.ts) and `filter[attribute]=value` (equality).
 * - Open Event's conventions (`true` or `false` each): `cache` (a marker of its frontend's
 *   cache, ignored), `public` (answer as to an anonymous caller: lib/api/route.ts),
 *   `get_trashed` (collections of soft-deleted resources: deleted rows too, admins only, see
 *   lib/api/route.ts) and `upcoming` (collections of resources declaring `upcoming`).
 *
 * Any other parameter is a 400 naming it: a misspelt `pgae[size]` must not silently return
 * the default page. Collection-only parameters on a single resource are errors too, and so is
 * a NUL character (U+0000) in any name or value, which no column can hold.
 */

export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 100;
/** The most rows `page[size]=0` answers (Open Event's "no pagination"); a larger collection is a 400. */
export const PAGE_SIZE_ALL_MAX = 1000;
export const MAX_INCLUDE_DEPTH = 2;
/** Prisma's `skip` is a 32-bit integer. */
const MAX_OFFSET = 2_147_483_647;

export type { OrderBy } from "./resource";

/** `where` is empty when no filter was given. */
export interface ParsedQuery extends CollectionQuery {
  /** Member names to show, by type; absent types show all members. */
  fields: Record<string, ReadonlySet<string>>;
  /** `page[size]=0`: the whole collection was asked for. */
  whole?: boolean;
}

const bad = (parameter: string, detail: string) => new AppError("BAD_REQUEST", detail, { parameter });

export interface ParseQueryOptions {
  /** Collections accept sort, page and filter; single resources do not. */
  collection?: boolean;
}

export function parseQuery(
  source: Request | URL | URLSearchParams,
  resource: AnyResource,
  options: ParseQueryOptions = {},
): ParsedQuery {
  const params =
    source instanceof URLSearchParams ? source : source instanceof URL ? source.searchParams : new URL(source.url).searchParams;
  const collection = options.collection ?? false;
  const query: ParsedQuery = {
    include: {},
    fields: {},
    orderBy: [],
    page: { size: PAGE_SIZE_DEFAULT, number: 1 },
    where: {},
  };
  const filters: Where[] = [];
  let sort = resource.defaultSort ?? "";

  const seen = new Set<string>();
  for (const [name, value] of params) {
    checkNul(name, value);
    if (seen.has(name)) throw bad(name, `Query parameter "${name}" is given more than once`);
    seen.add(name);
    const bracket = /^(fields|filter|page)\[([^\]]*)\]$/.exec(name);
    if (name === "include") {
      query.include = parseInclude(value, resource);
    } else if (bracket?.[1] === "fields") {
      const [type, fieldSet] = parseFields(bracket[2] ?? "", value, resource);
      query.fields[type] = fieldSet;
    } else if (!collection && (name === "sort" || name === "filter" || name === "get_trashed" || name === "upcoming" || bracket)) {
      throw bad(name, `Query parameter "${name}" applies to collections only`);
    } else if (name === "sort") {
      sort = value;
    } else if (name === "filter") {
      filters.push(parseFilter(value, resource));
    } else if (bracket?.[1] === "filter") {
      filters.push(simpleFilter(bracket[2] ?? "", value, resource));
    } else if (name === "page[size]") {
      query.page.size = parsePageSize(value);
      if (query.page.size === 0) Object.assign(query, { page: { size: PAGE_SIZE_ALL_MAX, number: 1 }, whole: true });
    } else if (name === "page[number]") {
      query.page.number = parsePositiveInteger(name, value);
    } else if (name === "cache" || name === "public") {
      parseFlag(name, value);
    } else if (name === "get_trashed") {
      if (!resource.softDelete) throw bad(name, `${resource.type} rows are not soft-deleted`);
      query.trashed = parseFlag(name, value);
    } else if (name === "upcoming") {
      if (!resource.upcoming) throw bad(name, `"upcoming" does not apply to ${resource.type} collections`);
      if (parseFlag(name, value)) filters.push(resource.upcoming(new Date()));
    } else {
      throw bad(name, `Unknown query parameter "${name}"`);
    }
  }
  if (query.whole && query.page.number !== 1) throw bad("page[number]", "page[size]=0 answers the whole collection as one page");
  if (pageWindow(query.page).skip > MAX_OFFSET) throw bad("page[number]", "page[number] is too large");
  query.orderBy = parseSort(sort, resource);
  if (filters.length) query.where = filters.length === 1 ? (filters[0] as Where) : { AND: filters };
  return query;
}

/** Endpoints that take no query parameters (relationship documents): any parameter is a 400 naming it. */
export function parseNoQuery(source: Request | URL): void {
  const params = source instanceof URL ? source.searchParams : new URL(source.url).searchParams;
  for (const [name, value] of params) {
    checkNul(name, value);
    throw bad(name, `Unknown query parameter "${name}"`);
  }
}

function checkNul(name: string, value: string): void {
  if (hasNul(name) || hasNul(value)) throw bad(name, `Query parameter "${name}" must not contain NUL (U+0000) characters`);
}

function parsePositiveInteger(parameter: string, value: string): number {
  const number = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(number) || number < 1) throw bad(parameter, `${parameter} must be a positive integer`);
  return number;
}

function parsePageSize(value: string): number {
  const size = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(size) || size > PAGE_SIZE_MAX) {
    throw bad("page[size]", `page[size] must be an integer from 1 to ${PAGE_SIZE_MAX}, or 0 for the whole collection (at most ${PAGE_SIZE_ALL_MAX} rows)`);
  }
  return size;
}

/** `true` or `false`; anything else is a 400 naming the parameter. */
function parseFlag(name: string, value: string): boolean {
  if (value !== "true" && value !== "false") throw bad(name, `${name} must be true or false`);
  return value === "true";
}

/** `page[size]=0` over a collection larger than PAGE_SIZE_ALL_MAX is refused rather than cut short. */
export function checkWholeCollection(query: Pick<ParsedQuery, "whole">, count: number): void {
  if (query.whole && count > PAGE_SIZE_ALL_MAX) {
    throw bad("page[size]", `This collection has ${count} rows; page[size]=0 answers at most ${PAGE_SIZE_ALL_MAX}: ask for pages`);
  }
}

export function parseInclude(value: string, resource: AnyResource): IncludeTree {
  const tree: IncludeTree = {};
  for (const path of value.split(",").map((part) => part.trim())) {
    if (!path) continue;
    const segments = path.split(".");
    if (segments.length > MAX_INCLUDE_DEPTH) {
      throw bad("include", `Include paths are limited to ${MAX_INCLUDE_DEPTH} levels ("${path}")`);
    }
    let node = tree;
    let current = resource;
    for (const segment of segments) {
      const rel = relationshipsByName(current).get(segment);
      // A relationship Open Event declares and this product lacks (or does not embed) is answered
      // empty, not refused.
      if ((!rel || rel[1].includable === false) && catalogueOf(current.type).relationships.has(segment)) break;
      if (!rel || rel[1].includable === false) {
        throw bad("include", `"${path}" is not a relationship of ${current.type} that can be included`);
      }
      const [key, def] = rel;
      node = node[key] ??= {};
      current = resourceOf(def.type);
    }
  }
  return tree;
}

/** Every resource a response about `resource` may contain, by type. */
export function reachableResources(resource: AnyResource, depth = MAX_INCLUDE_DEPTH): Map<string, AnyResource> {
  const found = new Map<string, AnyResource>([[resource.type, resource]]);
  let frontier = [resource];
  for (let level = 0; level < depth; level++) {
    const next: AnyResource[] = [];
    for (const current of frontier) {
      for (const rel of Object.values(current.relationships ?? {})) {
        const target = resourceOf(rel.type);
        if (!found.has(target.type)) {
          found.set(target.type, target);
          next.push(target);
        }
      }
    }
    frontier = next;
  }
  return found;
}

function parseFields(type: string, value: string, resource: AnyResource): [string, ReadonlySet<string>] {
  const parameter = `fields[${type}]`;
  const target = reachableResources(resource).get(type);
  if (!target) throw bad(parameter, `"${type}" is not a type this endpoint returns`);
  const members = new Set(memberNames(target));
  const names = value.split(",").map((part) => part.trim()).filter(Boolean);
  for (const name of names) {
    if (!members.has(name)) throw bad(parameter, `"${name}" is not a field of ${type}`);
  }
  return [type, new Set(names)];
}

export function parseSort(value: string, resource: AnyResource): OrderBy {
  const orderBy: OrderBy = [];
  const attributes = attributesByName(resource);
  const used = new Set<string>();
  for (const part of value.split(",").map((item) => item.trim())) {
    if (!part) continue;
    const desc = part.startsWith("-");
    const name = desc ? part.slice(1) : part;
    const attribute = name === "id" ? (["id", { sortable: true }] as const) : attributes.get(name);
    if (!attribute || !attribute[1].sortable) throw bad("sort", `Cannot sort by "${name}"`);
    const column = ("column" in attribute[1] ? attribute[1].column : undefined) ?? attribute[0];
    if (used.has(column)) continue;
    used.add(column);
    orderBy.push({ [column]: desc ? "desc" : "asc" });
  }
  if (!used.has("id")) orderBy.push({ id: "asc" });
  return orderBy;
}

/** The Prisma order of a resource's collection when the request gives no `sort`. */
export const defaultOrderBy = (resource: AnyResource): OrderBy => parseSort(resource.defaultSort ?? "", resource);
