import { ZodError } from "zod";
import { AppError } from "../errors";
import { DocumentValidationError, mapError } from "../jsonapi/errors";

/**
 * What the dashboard's session and speaker server actions answer, and how service failures
 * become messages beside form fields. Kept out of the "use server" modules because every
 * function those export becomes an endpoint.
 */

export type FieldErrors = Partial<Record<string, string>>;
export type Failure = { ok: false; fieldErrors: FieldErrors; formError?: string };
export type ActionResult<T = undefined> = ({ ok: true } & (T extends undefined ? object : { data: T })) | Failure;

/** Relationship pointers name the relationship; the form names the foreign key. */
const RELATIONSHIP_FIELDS: Record<string, string> = {
  speakers: "speakerIds",
  track: "trackId",
  microlocation: "microlocationId",
  "session-type": "sessionTypeId",
  user: "userId",
};

const camelize = (key: string) => key.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * A JSON:API pointer → the form field it names: `/data/attributes/ends-at` → `endsAt`,
 * `/data/relationships/track` → `trackId`, and `/data/relationships/speakers/data/3/id` or
 * `/data/3/id` (an entry of a speakers linkage document) → `speakerIds`.
 */
function fieldOf(pointer: string | undefined): string | undefined {
  if (!pointer) return undefined;
  const attribute = /^\/data\/attributes\/([a-z-]+)/.exec(pointer);
  if (attribute) return camelize(attribute[1] as string);
  const relationship = /^\/data\/relationships\/([a-z-]+)/.exec(pointer);
  if (relationship) return RELATIONSHIP_FIELDS[relationship[1] as string] ?? camelize(relationship[1] as string);
  if (/^\/data\/\d+\/id$/.test(pointer)) return "speakerIds";
  return undefined;
}

/**
 * Known failures (service errors, validation) → messages beside fields, through the one error
 * mapper, so the API and the forms report a problem in the same words. Anything else is a bug
 * or an outage and is rethrown to reach the error boundary and the server log.
 */
export function toFailure(error: unknown, notFoundMessage: string): Failure {
  if (!(error instanceof AppError || error instanceof DocumentValidationError || error instanceof ZodError)) throw error;
  if (error instanceof AppError && error.code === "NOT_FOUND") return { ok: false, fieldErrors: {}, formError: notFoundMessage };
  const fieldErrors: FieldErrors = {};
  const other: string[] = [];
  for (const item of mapError(error).errors) {
    const field = fieldOf(item.source?.pointer);
    if (field) fieldErrors[field] = fieldErrors[field] ? `${fieldErrors[field]} ${item.detail}` : item.detail;
    else other.push(item.detail);
  }
  return { ok: false, fieldErrors, ...(other.length ? { formError: other.join(" ") } : {}) };
}

