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
      const target = (error.meta as { target?: string[] | string } | undefined)?.target;
      const fields = Array.isArray(target) ? target : target ? [target] : [];
      const field = fields[0];
      return {
        status: 409,
        errors: [
          errorObject(
            "CONFLICT",
            field ? `A resource with this ${dasherize(field)} already exists` : "A resource like this already exists",
            field ? { pointer: zodPointer([field]) } : undefined,
          ),
        ],
      };
    }
    if (error.code === "P2003") {
      return { status: 422, errors: [errorObject("UNPROCESSABLE", "A related resource does not exist")] };
    }
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
