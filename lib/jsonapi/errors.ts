import { ZodError } from "zod";
import { AppError, ERROR_STATUS, pathOf, type ErrorCode, type ErrorSource } from "../errors";
import { Prisma } from "../generated/prisma/client";

export const JSONAPI_MEDIA_TYPE = "application/vnd.api+json";

/** The `source` member of a JSON:API error object. */
export interface JsonApiSource {
  pointer?: string;
  parameter?: string;
}

export interface ErrorObject {
  status: string;
  code: string;
  title: string;
  detail: string;
  source?: JsonApiSource;
}

const TITLES: Record<ErrorCode, string> = {
  BAD_REQUEST: "Bad request",
  UNAUTHORIZED: "Unauthorized",
  FORBIDDEN: "Forbidden",
  NOT_FOUND: "Not found",
  METHOD_NOT_ALLOWED: "Method not allowed",
  CONFLICT: "Conflict",
  PAYLOAD_TOO_LARGE: "Payload too large",
  UNSUPPORTED_MEDIA_TYPE: "Unsupported media type",
  UNPROCESSABLE: "Validation error",
  TOO_MANY_REQUESTS: "Too many requests",
  INTERNAL: "Internal server error",
};

const dasherize = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** One problem among several, placed like an AppError's (`field`, `relationship` or `pointer`). */
export type Issue = { detail: string } & ErrorSource;

/** Where an issue lies, for log messages: `/data/type`, `tracks.2.name`. */
function placeOf(source: ErrorSource): string | undefined {
  const path = source.field ?? source.relationship;
  return path !== undefined ? pathOf(path).join(".") : (source.pointer ?? source.parameter);
}

/**
 * Several invalid members of one input, each at its own place: the body parser reports unknown
 * attributes and failed validations together, and services every refused entry of a list, so
 * a client (or a form) fixes all at once.
 */
export class DocumentValidationError extends Error {
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[]) {
    super(issues.map((issue) => [placeOf(issue), issue.detail].filter(Boolean).join(": ")).join("; "));
    this.name = "DocumentValidationError";
    this.issues = issues;
  }
}

/**
 * The column a unique violation names. Prisma's classic engine reports `meta.target`; with
 * driver adapters (adapter-pg) the constraint arrives as fields or as the index name
 * (`Event_identifier_key`).
 */
export function uniqueField(meta: unknown): string | undefined {
  const m = meta as
    | {
        target?: string[] | string;
        driverAdapterError?: { cause?: { constraint?: { fields?: string[]; index?: string } } };
      }
    | undefined;
  if (Array.isArray(m?.target)) return m.target[0];
  if (typeof m?.target === "string") return m.target;
  const constraint = m?.driverAdapterError?.cause?.constraint;
  if (constraint?.fields?.length) return constraint.fields[0]?.replace(/^"|"$/g, "");
  const index = constraint?.index ? /^[A-Za-z]+_([A-Za-z]+)_key$/.exec(constraint.index) : null;
  return index?.[1];
}

/**
 * A pointer into a resource document (`/data/relationships/<name>/data/id`) as it reads in the
 * relationship document of `<name>` (`/data/id`); other pointers stay as they are.
 */
export function relationshipPointer(pointer: string, name: string): string {
  const prefix = `/data/relationships/${name}`;
  if (pointer !== prefix && !pointer.startsWith(`${prefix}/`)) return pointer;
  return pointer.slice(prefix.length) || "/data";
}

/** A source about the relationship `<name>` as it reads in that relationship's own document. */
function inRelationship(source: ErrorSource, name: string): ErrorSource {
  if (source.relationship !== undefined) {
    const [key, ...rest] = pathOf(source.relationship);
    if (key === undefined || dasherize(String(key)) !== name) return source;
    return { pointer: rest.length ? zodPointer(rest, "") : "/data" };
  }
  if (source.pointer === undefined) return source;
  const pointer = relationshipPointer(source.pointer, name);
  return pointer === source.pointer ? source : { pointer };
}

/**
 * An error of a service that reads resource documents, re-pointed for a request that sent the
 * relationship document of `<name>` (`PATCH …/relationships/<name>`): the services report a bad
 * `track` as the relationship `track` (`/data/relationships/track`), which that document calls `/data`.
 */
export function inRelationshipDocument(error: unknown, name: string): unknown {
  if (error instanceof AppError && error.source) {
    const source = inRelationship(error.source, name);
    return source === error.source ? error : new AppError(error.code, error.detail, source, { cause: error });
  }
  if (error instanceof DocumentValidationError) {
    return new DocumentValidationError(error.issues.map(({ detail, ...source }) => ({ detail, ...inRelationship(source, name) })));
  }
  return error;
}

/**
 * PostgreSQL refusing a value a request carried, past the parsers that should have caught it
 * (lib/jsonapi/input.ts): still the client's input, so a 400 rather than a 500.
 */
const REFUSED_VALUES: Record<string, string> = {
  "22021": "Text must not contain NUL (U+0000) characters",
  "22P05": "Text must not contain NUL (U+0000) characters",
  "22P02": "A value does not have the expected format",
  "22003": "A number is out of range",
  "22025": "A text pattern is not valid",
};

/** The SQLSTATE of a database error, as Prisma's driver adapters report it. */
export function postgresCode(meta: unknown): string | undefined {
  const m = meta as { code?: unknown; driverAdapterError?: { cause?: { originalCode?: unknown } } } | undefined;
  const code = m?.driverAdapterError?.cause?.originalCode ?? m?.code;
  return typeof code === "string" ? code : undefined;
}

function errorObject(code: ErrorCode, detail: string, source?: JsonApiSource): ErrorObject {
  return { status: String(ERROR_STATUS[code]), code, title: TITLES[code], detail, ...(source ? { source } : {}) };
}

/**
 * A zod issue path → JSON:API pointer. Paths of request bodies name internal (camelCase)
 * attribute keys; `pointerBase` says where they live in the document.
 */
export function zodPointer(path: readonly PropertyKey[], pointerBase = "/data/attributes"): string {
  return [pointerBase, ...path.map((part) => dasherize(String(part)))].join("/");
}

/** One problem a known failure reports; its place still in the service's terms. */
export interface ErrorIssue {
  code: ErrorCode;
  detail: string;
  source?: ErrorSource;
}

/**
 * What a known failure says: its status and one issue per problem, for AppError,
 * DocumentValidationError, zod errors and Prisma's known request errors; undefined for anything
 * else (a bug or an outage). Both edges read errors through it: `mapError` below for the API,
 * `actionFailure` (lib/forms/action-result.ts) for the forms.
 */
export function describeError(error: unknown): { status: number; issues: ErrorIssue[] } | undefined {
  if (error instanceof AppError) {
    return { status: error.status, issues: [{ code: error.code, detail: error.detail, source: error.source }] };
  }
  if (error instanceof DocumentValidationError) {
    return { status: 422, issues: error.issues.map(({ detail, ...source }) => ({ code: "UNPROCESSABLE", detail, source })) };
  }
  if (error instanceof ZodError) {
    return {
      status: 422,
      issues: error.issues.map((issue) => ({
        code: "UNPROCESSABLE",
        detail: issue.message,
        source: { field: issue.path.map((part) => (typeof part === "number" ? part : String(part))) },
      })),
    };
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2025" || error.code === "P2001") {
      return { status: 404, issues: [{ code: "NOT_FOUND", detail: "Resource not found" }] };
    }
    if (error.code === "P2002") {
      const field = uniqueField(error.meta);
      const detail = field ? `A resource with this ${dasherize(field)} already exists` : "A resource like this already exists";
      return { status: 409, issues: [{ code: "CONFLICT", detail, ...(field ? { source: { field } } : {}) }] };
    }
    if (error.code === "P2003") {
      return { status: 422, issues: [{ code: "UNPROCESSABLE", detail: "A related resource does not exist" }] };
    }
    const refused = REFUSED_VALUES[postgresCode(error.meta) ?? ""];
    if (refused) return { status: 400, issues: [{ code: "BAD_REQUEST", detail: refused }] };
  }
  return undefined;
}

/**
 * Where a source lies in a JSON:API document: attributes under `pointerBase`, relationships
 * under `/data/relationships`, each member dasherized (`endsAt` → `/data/attributes/ends-at`).
 */
function jsonApiSource(source: ErrorSource | undefined, pointerBase?: string): JsonApiSource | undefined {
  if (source?.field !== undefined) return { pointer: zodPointer(pathOf(source.field), pointerBase) };
  if (source?.relationship !== undefined) return { pointer: zodPointer(pathOf(source.relationship), "/data/relationships") };
  if (source?.pointer === undefined && source?.parameter === undefined) return undefined;
  return { ...(source.pointer !== undefined ? { pointer: source.pointer } : {}), ...(source.parameter !== undefined ? { parameter: source.parameter } : {}) };
}

/** The one mapper from any thrown value to a status and JSON:API error objects. */
export function mapError(error: unknown, options: { pointerBase?: string } = {}): { status: number; errors: ErrorObject[] } {
  const described = describeError(error);
  if (!described) {
    console.error("Unhandled error", error);
    return { status: 500, errors: [errorObject("INTERNAL", "Something went wrong on our side")] };
  }
  return {
    status: described.status,
    errors: described.issues.map((issue) => errorObject(issue.code, issue.detail, jsonApiSource(issue.source, options.pointerBase))),
  };
}

/** Errors of rate limits say when to come back; the response sends it as `Retry-After`. */
const retryAfter = (error: unknown): number | undefined => {
  const seconds = error instanceof AppError ? (error as AppError & { retryAfterSeconds?: unknown }).retryAfterSeconds : undefined;
  return typeof seconds === "number" && Number.isFinite(seconds) ? seconds : undefined;
};

export function errorResponse(error: unknown, options?: { pointerBase?: string }): Response {
  const { status, errors } = mapError(error, options);
  const headers: Record<string, string> = { "content-type": JSONAPI_MEDIA_TYPE };
  const seconds = retryAfter(error);
  if (seconds !== undefined) headers["retry-after"] = String(seconds);
  return new Response(JSON.stringify({ errors, jsonapi: { version: "1.1" } }), { status, headers });
}
