/**
 * The one error type services throw. lib/jsonapi/errors.ts turns it into a response (a field
 * into a JSON:API pointer), lib/forms/action-result.ts into a message beside a form field.
 */
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNPROCESSABLE: 422,
  TOO_MANY_REQUESTS: 429,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** A key of the input (`endsAt`), or a path into one (`["tracks", 2, "name"]`), as zod names it. */
export type FieldPath = string | readonly (string | number)[];

/**
 * What an error is about. Services name fields in their own (camelCase) terms:
 * - `field`: an attribute or input key (`endsAt`), or a path into it (`["tracks", 2, "name"]`);
 * - `relationship`: a relationship of a resource (`track`, `sessionType`), or a path into its
 *   relationship object (`["speakers", "data", 3, "id"]` for one entry of its linkage);
 * - `pointer`: a part of a request document that is no field (`/data`, `/data/id`, `/data/type`);
 * - `parameter`: a query parameter (`page[size]`) or a multipart field.
 */
export interface ErrorSource {
  field?: FieldPath;
  relationship?: FieldPath;
  pointer?: string;
  parameter?: string;
}

/** A field as a path: `"endsAt"` → `["endsAt"]`. */
export const pathOf = (field: FieldPath): readonly (string | number)[] => (typeof field === "string" ? [field] : field);

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly detail: string;
  readonly source?: ErrorSource;

  constructor(code: ErrorCode, detail: string, source?: ErrorSource, options?: { cause?: unknown }) {
    super(detail, options);
    this.name = "AppError";
    this.code = code;
    this.detail = detail;
    this.source = source;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what = "Resource") => new AppError("NOT_FOUND", `${what} not found`);
