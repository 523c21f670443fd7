import type { z } from "zod";
import { AppError } from "../errors";
import { DocumentValidationError, pointerToken, relationshipPointer } from "./errors";
import { NUL_DETAIL, nulPointer, parseRowId } from "./input";
import { catalogueOf } from "./registry";
import { attributesByName, dasherize, relationshipsByName, type AnyResource, type RelationshipDef } from "./resource";

/**
 * Request documents of POST and PATCH → the domain's validated input (camelCase keys).
 *
 * - Malformed JSON → 400. A body without a `data` object → 422 `/data`. A string (or member
 *   name) holding U+0000, which PostgreSQL cannot store, → 422 at its pointer.
 * - `data.type` other than the resource's → 409 `/data/type`.
 * - POST with a client-generated `data.id` → 403 (JSON:API: unsupported client ids).
 * - PATCH without `data.id` → 422 `/data/id`; whether it matches the URL is for the caller,
 *   which knows the resource's alternate keys (an event URL may carry its identifier).
 * - Unknown attributes and relationships → 422 each with its pointer. Read-only attributes
 *   (`identifier`, `created-at`, …) are ignored: clients such as Ember Data send the whole
 *   record back on PATCH. So are the members the registered catalogue names for the type
 *   (Open Event Server's, registry.ts) that the declaration lacks or cannot write: its clients
 *   send every member of their models.
 * - To-one relationships with a declared foreign key are written as that key; to-many ones with
 *   declared `foreignKeys` as the list of ids.
 * - `parent` (a top-level POST of a resource created under a parent, `POST /v1/sessions` with
 *   `relationships.event`): that relationship is required and its id is answered as `parentId`.
 * - POST: the resource's declared defaults fill missing attributes before validation.
 * - Validation failures → 422 with `/data/attributes/<member>` or `/data/relationships/<member>`.
 */

export interface ParsedBody<T> {
  /** `data.id` (PATCH). */
  id?: string;
  input: T;
  /** The id the `parent` relationship names (see `parseResourceBody`'s options). */
  parentId?: string;
}

export interface ParseBodyOptions {
  /** The relationship naming the row a new resource belongs to, which the document must give. */
  parent?: string;
}

type Issues = { detail: string; pointer: string }[];

const ALLOWED_MEDIA_TYPE_PARAMS = new Set(["ext", "profile"]);

function checkMediaType(request: Request): void {
  const header = request.headers.get("content-type");
  if (!header) return;
  const [type, ...params] = header.split(";").map((part) => part.trim().toLowerCase());
  if (type === "application/vnd.api+json") {
    // JSON:API 1.1: media type parameters other than ext/profile are answered with 415.
    for (const param of params) {
      const name = param.split("=")[0]?.trim() ?? "";
      if (!ALLOWED_MEDIA_TYPE_PARAMS.has(name)) {
        throw new AppError("UNSUPPORTED_MEDIA_TYPE", `Media type parameter "${name}" is not supported`);
      }
    }
    return;
  }
  if (type !== "application/json") {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the document as application/vnd.api+json");
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The request's JSON document (JSON:API or plain JSON media type), with no NUL in any string. */
export async function readJsonBody(request: Request): Promise<unknown> {
  checkMediaType(request);
  const text = await request.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON");
  }
  const pointer = nulPointer(body);
  if (pointer !== undefined) throw new AppError("UNPROCESSABLE", NUL_DETAIL, { pointer: pointer || "/data" });
  return body;
}

async function readDocument(request: Request): Promise<Record<string, unknown>> {
  const body = await readJsonBody(request);
  if (!isObject(body) || !isObject(body.data)) {
    throw new AppError("UNPROCESSABLE", "The document must have a data object", { pointer: "/data" });
  }
  return body.data;
}

/**
 * The foreign key value of a to-one relationship object (`{data: null}` or `{data: {type, id}}`
 * found at `pointer`), or undefined with an issue pushed.
 */
function toOneLinkage(def: RelationshipDef, value: unknown, pointer: string, issues: { detail: string; pointer: string }[]): unknown {
  const linkage = isObject(value) ? value.data : undefined;
  if (linkage === null) return null;
  return identifierOf(def, linkage, `${pointer}/data`, "Must be {data: null} or {data: {type, id}}", issues);
}

/** The id of one resource identifier object (`{type, id}`) found at `pointer`, or undefined with issues pushed. */
function identifierOf(def: RelationshipDef, linkage: unknown, pointer: string, shape: string, issues: Issues): unknown {
  if (!isObject(linkage) || typeof linkage.id !== "string") {
    issues.push({ detail: shape, pointer });
  } else if (linkage.type !== def.type) {
    issues.push({ detail: `Expected type "${def.type}"`, pointer: `${pointer}/type` });
  } else if (/^\d+$/.test(linkage.id)) {
    // Ids travel as strings in JSON:API; the schemas validate the numeric foreign key.
    const id = parseRowId(linkage.id);
    if (id !== undefined) return id;
    issues.push({ detail: `There is no ${def.type} with this id`, pointer: `${pointer}/id` });
  } else {
    return linkage.id;
  }
  return undefined;
}

/** The ids of a to-many relationship object (`{data: [{type, id}, …]}` found at `pointer`), or undefined with issues pushed. */
function toManyLinkage(def: RelationshipDef, value: unknown, pointer: string, issues: Issues): number[] | undefined {
  const linkage = isObject(value) ? value.data : undefined;
  if (!Array.isArray(linkage)) {
    issues.push({ detail: "Must be {data: [{type, id}, …]}", pointer: `${pointer}/data` });
    return undefined;
  }
  const before = issues.length;
  const ids = linkage.map((entry, index) => {
    const id = identifierOf(def, entry, `${pointer}/data/${index}`, "Must be {type, id}", issues);
    if (id !== undefined && typeof id !== "number") issues.push({ detail: `There is no ${def.type} with this id`, pointer: `${pointer}/data/${index}/id` });
    return id as number;
  });
  return issues.length === before ? ids : undefined;
}

/** The id of the parent relationship (`{data: {type, id}}`), which must be given. */
function parentLinkage(def: RelationshipDef | undefined, name: string, value: unknown, issues: Issues): string | undefined {
  const pointer = `/data/relationships/${name}`;
  const linkage = isObject(value) ? value.data : undefined;
  if (value === undefined) issues.push({ detail: `Required: the ${def?.type ?? name} this belongs to`, pointer });
  else if (!isObject(linkage) || typeof linkage.id !== "string" || !linkage.id) issues.push({ detail: "Must be {data: {type, id}}", pointer: `${pointer}/data` });
  else if (linkage.type !== (def?.type ?? name)) issues.push({ detail: `Expected type "${def?.type ?? name}"`, pointer: `${pointer}/data/type` });
  else return linkage.id;
  return undefined;
}

export async function parseResourceBody<S extends z.ZodType>(
  request: Request,
  resource: AnyResource,
  schema: S,
  options: ParseBodyOptions = {},
): Promise<ParsedBody<z.output<S>>> {
  const creating = request.method === "POST";
  const data = await readDocument(request);

  if (typeof data.type !== "string") throw new AppError("UNPROCESSABLE", "data.type is required", { pointer: "/data/type" });
  if (data.type !== resource.type) {
    throw new AppError("CONFLICT", `Expected type "${resource.type}", got "${data.type}"`, { pointer: "/data/type" });
  }
  let id: string | undefined;
  if (creating) {
    if (data.id !== undefined) {
      throw new AppError("FORBIDDEN", "Client-generated ids are not supported", { pointer: "/data/id" });
    }
  } else {
    if (typeof data.id !== "string" || !data.id) {
      throw new AppError("UNPROCESSABLE", "data.id is required and must be a string", { pointer: "/data/id" });
    }
    id = data.id;
  }

  const issues: Issues = [];
  const input: Record<string, unknown> = {};
  const catalogue = catalogueOf(resource.type);

  const attributes = data.attributes ?? {};
  if (!isObject(attributes)) {
    throw new AppError("UNPROCESSABLE", "data.attributes must be an object", { pointer: "/data/attributes" });
  }
  const attributeDefs = attributesByName(resource);
  for (const [name, value] of Object.entries(attributes)) {
    const attribute = attributeDefs.get(name);
    if (attribute) {
      if (attribute[1].writable) input[attribute[0]] = value;
    } else if (!catalogue.attributes.has(name)) {
      issues.push({ detail: `Unknown attribute "${name}"`, pointer: `/data/attributes/${name}` });
    }
  }

  const relationships = data.relationships ?? {};
  if (!isObject(relationships)) {
    throw new AppError("UNPROCESSABLE", "data.relationships must be an object", { pointer: "/data/relationships" });
  }
  const relationshipDefs = relationshipsByName(resource);
  let parentId: string | undefined;
  if (options.parent !== undefined) {
    parentId = parentLinkage(relationshipDefs.get(options.parent)?.[1], options.parent, relationships[options.parent], issues);
  }
  for (const [name, value] of Object.entries(relationships)) {
    if (name === options.parent) continue;
    const pointer = `/data/relationships/${name}`;
    const def = relationshipDefs.get(name)?.[1];
    if (def?.many && def.foreignKeys) {
      const ids = toManyLinkage(def, value, pointer, issues);
      if (ids !== undefined) input[def.foreignKeys] = ids;
    } else if (def?.foreignKey && !def.many) {
      const foreignKey = toOneLinkage(def, value, pointer, issues);
      if (foreignKey !== undefined) input[def.foreignKey] = foreignKey;
    } else if (!catalogue.relationships.has(name)) {
      issues.push({ detail: `Relationship "${name}" cannot be set here`, pointer });
    }
  }

  if (creating) {
    for (const [key, value] of Object.entries(resource.defaults ?? {})) {
      if (input[key] === undefined) input[key] = value;
    }
  }

  const result = schema.safeParse(input);
  if (!result.success) issues.push(...result.error.issues.map((issue) => ({ detail: issue.message, pointer: pointerOf(resource, issue.path) })));
  if (issues.length) throw new DocumentValidationError(issues);
  return { id, input: (result as { data: z.output<S> }).data, ...(parentId !== undefined ? { parentId } : {}) };
}

/**
 * A zod path over internal keys → the pointer of the member the client sent; what follows the
 * member are keys inside its value, as sent (see zodPointer).
 */
function pointerOf(resource: AnyResource, path: readonly PropertyKey[]): string {
  const [first, ...rest] = path.map(String);
  if (first === undefined) return "/data/attributes";
  const tail = rest.map((part) => `/${pointerToken(part)}`).join("");
  const attribute = resource.attributes[first];
  if (attribute) return `/data/attributes/${attribute.name ?? dasherize(first)}${tail}`;
  for (const [key, def] of Object.entries(resource.relationships ?? {})) {
    if (def.foreignKey === first) return `/data/relationships/${def.name ?? dasherize(key)}/data/id`;
    if (def.foreignKeys === first) return `/data/relationships/${def.name ?? dasherize(key)}/data${rest.length ? `/${rest[0]}/id` : ""}`;
  }
  return `/data/attributes/${dasherize(first)}${tail}`;
}

/**
 * The request document of `PATCH /v1/<path>/{id}/relationships/<name>` for a writable to-one
 * relationship (`{"data": {"type", "id"}}` or `{"data": null}`) → the domain's update input
 * (`{ <foreignKey>: id | null }`), validated by the resource's update schema. Errors point into
 * this document (`/data`, `/data/type`, `/data/id`), as `inRelationshipDocument` makes the service's.
 */
export async function parseRelationshipBody<S extends z.ZodType>(
  request: Request,
  resource: AnyResource,
  name: string,
  schema: S,
): Promise<z.output<S>> {
  const def = relationshipsByName(resource).get(name)?.[1];
  if (!def?.foreignKey || def.many) throw new AppError("METHOD_NOT_ALLOWED", `The ${name} relationship cannot be changed here`);
  const body = await readJsonBody(request);
  if (!isObject(body) || !("data" in body)) {
    throw new AppError("UNPROCESSABLE", "The document must have a data member", { pointer: "/data" });
  }
  const issues: { detail: string; pointer: string }[] = [];
  const foreignKey = toOneLinkage(def, body, "", issues);
  if (issues.length) throw new DocumentValidationError(issues);
  return relationshipInput(resource, name, schema, foreignKey);
}

/**
 * The update input that sets a to-one relationship's foreign key to `foreignKey` (null empties
 * it), checked by the resource's update schema with its refusals at the relationship's pointers.
 */
export function relationshipInput<S extends z.ZodType>(resource: AnyResource, name: string, schema: S, foreignKey: unknown): z.output<S> {
  const def = relationshipsByName(resource).get(name)?.[1];
  if (!def?.foreignKey || def.many) throw new AppError("METHOD_NOT_ALLOWED", `The ${name} relationship cannot be changed here`);
  const result = schema.safeParse({ [def.foreignKey]: foreignKey });
  if (!result.success) {
    throw new DocumentValidationError(
      result.error.issues.map((issue) => ({ detail: issue.message, pointer: relationshipPointer(pointerOf(resource, issue.path), name) })),
    );
  }
  // A key the update schema does not know would be stripped, and the PATCH would change nothing.
  if (!(def.foreignKey in (result.data as object))) throw new AppError("METHOD_NOT_ALLOWED", `The ${name} relationship cannot be changed here`);
  return result.data;
}

/**
 * The ids of a to-many relationship document (`{data: [{type, id}, …]}`) for POST, PATCH and
 * DELETE on `/v1/<path>/{id}/relationships/<name>`: each entry's refusal at its pointer.
 */
export async function parseToManyRelationshipBody(request: Request, def: RelationshipDef): Promise<number[]> {
  const body = await readJsonBody(request);
  if (!isObject(body) || !("data" in body)) throw new AppError("UNPROCESSABLE", "The document must have a data member", { pointer: "/data" });
  const issues: Issues = [];
  const ids = toManyLinkage(def, body, "", issues);
  if (!ids || issues.length) throw new DocumentValidationError(issues);
  return ids;
}

/**
 * The id of a to-one relationship document (`{data: {type, id}}` or `{data: null}`) for writes to
 * `/v1/<path>/{id}/relationships/<name>` whose service takes the id itself rather than an update
 * input (an event's owner): the refusal at its pointer.
 */
export async function parseToOneRelationshipBody(request: Request, def: RelationshipDef): Promise<number | null> {
  const body = await readJsonBody(request);
  if (!isObject(body) || !("data" in body)) throw new AppError("UNPROCESSABLE", "The document must have a data member", { pointer: "/data" });
  const issues: Issues = [];
  const id = toOneLinkage(def, body, "", issues);
  if (!issues.length && id !== null && typeof id !== "number") issues.push({ detail: `There is no ${def.type} with this id`, pointer: "/data/id" });
  if (issues.length) throw new DocumentValidationError(issues);
  return id as number | null;
}
