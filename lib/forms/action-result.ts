import { pathOf, type ErrorSource } from "../errors";
import { describeError } from "../jsonapi/errors";

/**
 * What every server action behind a form answers: its data, or messages keyed by the form's
 * field names so each lands beside its input. Failures are read by the same function as the
 * API's (`describeError`, lib/jsonapi/errors.ts), so a form says exactly what the API would;
 * where the API turns a field into a pointer, this turns it into a form field.
 */

export type FieldErrors = Partial<Record<string, string>>;

export type ActionFailure = { ok: false; fieldErrors: FieldErrors; formError?: string };

export type ActionResult<T = undefined> = ({ ok: true } & ([T] extends [undefined] ? object : { data: T })) | ActionFailure;

export interface FailureOptions {
  /** The form-level message for NOT_FOUND: a missing row and one the user may not see look alike. */
  notFound?: string;
  /** Service names → the form's where they differ (`speakers` → `speakerIds`, `startsAt` → `start`). */
  rename?: Readonly<Record<string, string>>;
  /** The form's fields; a message about anything else is form-level. Default: any field. */
  fields?: readonly string[];
}

const NOT_FOUND = "This does not exist or you may not change it.";

/**
 * The form field a source names (react-hook-form's path: `endsAt`, `tracks.2.name`), or
 * undefined when it names none (`/data/id`, a list as a whole given by index only). A
 * relationship is one field of a form, whichever entry of it is at fault.
 */
function formField(source: ErrorSource | undefined, rename: Readonly<Record<string, string>>): string | undefined {
  let path: readonly (string | number)[];
  if (source?.field !== undefined) path = pathOf(source.field);
  else if (source?.relationship !== undefined) path = pathOf(source.relationship).slice(0, 1);
  else return undefined;
  if (typeof path[0] !== "string") return undefined;
  const name = path.join(".");
  return rename[name] ?? name;
}

/**
 * A thrown error → messages beside the form's fields and a form-level message for the rest:
 * AppError and DocumentValidationError at their fields, zod issues at their paths, a unique
 * violation (Prisma P2002) at its column, NOT_FOUND as `options.notFound`. Anything else is a
 * bug or an outage: it is rethrown for the error boundary and the server log.
 */
export function actionFailure(error: unknown, options: FailureOptions = {}): ActionFailure {
  const described = describeError(error);
  if (!described || described.status >= 500) throw error;
  if (described.status === 404) return { ok: false, fieldErrors: {}, formError: options.notFound ?? NOT_FOUND };
  const fieldErrors: FieldErrors = {};
  const rest: string[] = [];
  for (const issue of described.issues) {
    const field = formField(issue.source, options.rename ?? {});
    if (field !== undefined && (!options.fields || options.fields.includes(field))) {
      // Two rules may break on one field: show both there.
      fieldErrors[field] = fieldErrors[field] ? `${fieldErrors[field]} ${issue.detail}` : issue.detail;
    } else {
      rest.push(issue.detail);
    }
  }
  return { ok: false, fieldErrors, ...(rest.length ? { formError: rest.join(" ") } : {}) };
}
