import type { z } from "zod";
import { AppError } from "../errors";
import { DocumentValidationError, relationshipPointer } from "./errors";
import { NUL_DETAIL, nulPointer, parseRowId } from "./input";
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
 *   record back on PATCH.
 * - To-one relationships with a declared foreign key are written as that key.
 * - POST: the resource's declared defaults fill missing attributes before validation.
 * - Validation failures → 422 with `/data/attributes/<member>` or `/data/relationships/<member>`.
 */

export interface ParsedBody<T> {
  /** `data.id` (PATCH). */
  id?: string;
  input: T;
}

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
  if (!isObject(linkage) || typeof linkage.id !== "string") {
    issues.push({ detail: "Must be {data: null} or {data: {type, id}}", pointer: `${pointer}/data` });
  } else if (linkage.type !== def.type) {
    issues.push({ detail: `Expected type "${def.type}"`, pointer: `${pointer}/data/type` });
  } else if (/^\d+$/.test(linkage.id)) {
    // Ids travel as strings in JSON:API; the schemas validate the numeric foreign key.
    const id = parseRowId(linkage.id);
    if (id !== undefined) return id;
    issues.push({ detail: `There is no ${def.type} with this id`, pointer: `${pointer}/data/id` });
  } else {
    return linkage.id;
  }
  return undefined;
}

export async function parseResourceBody<S extends z.ZodType>(
  request: Request,
  resource: AnyResource,
  schema: S,
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

  const issues: { detail: string; pointer: string }[] = [];
  const input: Record<string, unknown> = {};

  const attributes = data.attributes ?? {};
  if (!isObject(attributes)) {
    throw new AppError("UNPROCESSABLE", "data.attributes must be an object", { pointer: "/data/attributes" });
  }
  const attributeDefs = attributesByName(resource);
  for (const [name, value] of Object.entries(attributes)) {
    const attribute = attributeDefs.get(name);
    if (!attribute) issues.push({ detail: `Unknown attribute "${name}"`, pointer: `/data/attributes/${name}` });
    else if (attribute[1].writable) input[attribute[0]] = value;
  }

  const relationships = data.relationships ?? {};
  if (!isObject(relationships)) {
    throw new AppError("UNPROCESSABLE", "data.relationships must be an object", { pointer: "/data/relationships" });
  }
  const relationshipDefs = relationshipsByName(resource);
  for (const [name, value] of Object.entries(relationships)) {
    const pointer = `/data/relationships/${name}`;
    const relationship = relationshipDefs.get(name);
    if (!relationship || !relationship[1].foreignKey || relationship[1].many) {
      issues.push({ detail: `Relationship "${name}" cannot be set here`, pointer });
      continue;
    }
    const [, def] = relationship;
    const foreignKey = toOneLinkage(def, value, pointer, issues);
    if (foreignKey !== undefined) input[def.foreignKey as string] = foreignKey;
  }

  if (creating) {
    for (const [key, value] of Object.entries(resource.defaults ?? {})) {
      if (input[key] === undefined) input[key] = value;
    }
  }

  const result = schema.safeParse(input);
  if (!result.success) issues.push(...result.error.issues.map((issue) => ({ detail: issue.message, pointer: pointerOf(resource, issue.path) })));
  if (issues.length) throw new DocumentValidationError(issues);
  return { id, input: (result as { data: z.output<S> }).data };
}

/** A zod path over internal keys → the pointer of the member the client sent. */
function pointerOf(resource: AnyResource, path: readonly PropertyKey[]): string {
  const [first, ...rest] = path.map(String);
  if (first === undefined) return "/data/attributes";
  const tail = rest.map((part) => `/${dasherize(part)}`).join("");
  const attribute = resource.attributes[first];
  if (attribute) return `/data/attributes/${attribute.name ?? dasherize(first)}${tail}`;
  for (const [key, def] of Object.entries(resource.relationships ?? {})) {
    if (def.foreignKey === first) return `/data/relationships/${def.name ?? dasherize(key)}/data/id`;
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
