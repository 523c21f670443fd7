import { mapError } from "../jsonapi/errors";

/**
 * What the dashboard's server actions (content editors, scheduling) answer: the saved data, or
 * messages keyed by the form's field names so each lands beside its input. Errors go through
 * the one error mapper (lib/jsonapi/errors.ts), so a form says exactly what the API would.
 */

export type FieldErrors = Partial<Record<string, string>>;

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; fieldErrors: FieldErrors; formError?: string };

export type ActionFailure = Extract<ActionResult, { ok: false }>;

const camel = (member: string) => member.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** `/data/attributes/sales-ends-at` → `salesEndsAt`; `/data/relationships/microlocation` → `microlocation`. */
export function pointerField(pointer: string | undefined): string | undefined {
  const match = /^\/data\/(?:attributes|relationships)\/([^/]+)$/.exec(pointer ?? "");
  return match?.[1] ? camel(match[1]) : undefined;
}

/**
 * A thrown error → field messages (`rename` maps the service's names to the form's, e.g.
 * `startsAt` → `start`) and a form-level message for the rest. Unknown errors are bugs or
 * outages: they are rethrown for the error boundary and the server log.
 */
export function actionFailure(
  error: unknown,
  options: { rename?: Record<string, string>; fields?: readonly string[]; notFound?: string } = {},
): ActionFailure {
  const { status, errors } = mapError(error);
  if (status >= 500) throw error;
  if (status === 404) {
    return { ok: false, fieldErrors: {}, formError: options.notFound ?? "This does not exist or you may not change it." };
  }
  const fieldErrors: FieldErrors = {};
  const rest: string[] = [];
  for (const item of errors) {
    const raw = pointerField(item.source?.pointer);
    const field = raw === undefined ? undefined : (options.rename?.[raw] ?? raw);
    if (field !== undefined && (!options.fields || options.fields.includes(field))) {
      // Two rules may break on one field: show both there.
      fieldErrors[field] = fieldErrors[field] ? `${fieldErrors[field]} ${item.detail}` : item.detail;
    } else {
      rest.push(item.detail);
    }
  }
  return { ok: false, fieldErrors, ...(rest.length ? { formError: rest.join(" ") } : {}) };
}
