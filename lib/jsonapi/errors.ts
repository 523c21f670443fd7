import { ZodError } from "zod";
import { AppError, ERROR_STATUS, type ErrorCode, type ErrorSource } from "../errors";
import { Prisma } from "../generated/prisma/client";

export const JSONAPI_MEDIA_TYPE = "application/vnd.api+json";

export interface ErrorObject {
  status: string;
  code: string;
  title: string;
  detail: string;
  source?: ErrorSource;
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

/**
 * Several invalid members of one request document, each with its own pointer (the body parser
 * reports unknown attributes and failed validations together, so a client fixes all at once).
 */
export class DocumentValidationError extends Error {
  readonly issues: readonly { detail: string; pointer: string }[];

  constructor(issues: readonly { detail: string; pointer: string }[]) {
    super(issues.map((issue) => `${issue.pointer}: ${issue.detail}`).join("; "));
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

/**
 * An error of a service that reads resource documents, re-pointed for a request that sent the
 * relationship document of `<name>` (`PATCH …/relationships/<name>`): the services report a bad
 * `track` at `/data/relationships/track`, which that document calls `/data`.
 */
export function inRelationshipDocument(error: unknown, name: string): unknown {
  if (error instanceof AppError && error.source?.pointer) {
    const pointer = relationshipPointer(error.source.pointer, name);
    return pointer === error.source.pointer ? error : new AppError(error.code, error.detail, { pointer }, { cause: error });
  }
  if (error instanceof DocumentValidationError) {
    return new DocumentValidationError(error.issues.map((issue) => ({ ...issue, pointer: relationshipPointer(issue.pointer, name) })));
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

function errorObject(code: ErrorCode, detail: string, source?: ErrorSource): ErrorObject {
  return { status: String(ERROR_STATUS[code]), code, title: TITLES[code], detail, ...(source ? { source } : {}) };
}

/**
 * A zod issue path → JSON:API pointer. Paths of request bodies name internal (camelCase)
 * attribute keys; `pointerBase` says where they live in the document.
 */
export function zodPointer(path: readonly PropertyKey[], pointerBase = "/data/attributes"): string {
  return [pointerBase, ...path.map((part) => dasherize(String(part)))].join("/");
}

/** The one mapper from any thrown value to a status and JSON:API error objects. */
export function mapError(error: unknown, options: { pointerBase?: string } = {}): { status: number; errors: ErrorObject[] } {
  if (error instanceof AppError) {
    return { status: error.status, errors: [errorObject(error.code, error.detail, error.source)] };
  }
  if (error instanceof DocumentValidationError) {
    return {
      status: 422,
      errors: error.issues.map((issue) => errorObject("UNPROCESSABLE", issue.detail, { pointer: issue.pointer })),
    };
  }
  if (error instanceof ZodError) {
    return {
      status: 422,
      errors: error.issues.map((issue) =>
        errorObject("UNPROCESSABLE", issue.message, { pointer: zodPointer(issue.path, options.pointerBase) }),
      ),
    };
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2025" || error.code === "P2001") {
      return { status: 404, errors: [errorObject("NOT_FOUND", "Resource not found")] };
    }
    if (error.code === "P2002") {
      const field = uniqueField(error.meta);
      return {
        status: 409,
        errors: [
          errorObject(
            "CONFLICT",
            field ? `A resource with this ${dasherize(field)} already exists` : "A resource like this already exists",
            field ? { pointer: zodPointer([field], options.pointerBase) } : undefined,
          ),
        ],
      };
    }
    if (error.code === "P2003") {
      return { status: 422, errors: [errorObject("UNPROCESSABLE", "A related resource does not exist")] };
    }
    const refused = REFUSED_VALUES[postgresCode(error.meta) ?? ""];
    if (refused) return { status: 400, errors: [errorObject("BAD_REQUEST", refused)] };
  }
  console.error("Unhandled error", error);
  return { status: 500, errors: [errorObject("INTERNAL", "Something went wrong on our side")] };
}

export function errorResponse(error: unknown, options?: { pointerBase?: string }): Response {
  const { status, errors } = mapError(error, options);
  return new Response(JSON.stringify({ errors, jsonapi: { version: "1.1" } }), {
    status,
    headers: { "content-type": JSONAPI_MEDIA_TYPE },
  });
}
