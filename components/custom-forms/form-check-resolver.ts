import { get, set, type FieldErrors, type FieldValues, type Resolver } from "react-hook-form";
import type { z } from "zod";

/** One more schema a form's values must satisfy: an event's form (`buildFormSchema`). */
export interface FormCheck<T> {
  schema: z.ZodType;
  /** The schema's input made from the form's values (default: the values as they are). */
  input?: (values: T) => unknown;
  /** The form field an issue's path names (default: `complexFieldValues.<identifier>` or the first key). */
  name?: (path: readonly PropertyKey[]) => string | undefined;
}

/**
 * The form field of an issue of `buildFormSchema`: a built-in field's key, or the answer of a
 * custom field (a checkbox's issue about one choice is the field's).
 */
export function formCheckName(path: readonly PropertyKey[]): string | undefined {
  const keys = path.filter((key): key is string | number => typeof key !== "symbol").map(String);
  if (!keys.length) return undefined;
  return keys[0] === "complexFieldValues" ? keys.slice(0, 2).join(".") : keys[0];
}

/**
 * A resolver that also checks the values against the event's forms: the form's own resolver
 * first (its schema's messages win where both refuse a field), then each check's schema, its
 * issues beside the fields they name. The values are those of the form's resolver, so what is
 * sent is what its schema makes of them; the server checks the forms again with the same schema.
 */
export function withFormChecks<T extends FieldValues, C, O>(base: Resolver<T, C, O>, checks: readonly FormCheck<T>[]): Resolver<T, C, O> {
  return async (values, context, options) => {
    const result = await base(values, context, options);
    const errors = { ...result.errors } as FieldErrors<T>;
    let failed = Object.keys(result.errors).length > 0;
    for (const check of checks) {
      const parsed = check.schema.safeParse(check.input ? check.input(values) : values);
      if (parsed.success) continue;
      for (const issue of parsed.error.issues) {
        const name = (check.name ?? formCheckName)(issue.path);
        if (name === undefined || get(errors, name)) continue;
        set(errors, name, { type: "form", message: issue.message });
        failed = true;
      }
    }
    return failed ? { values: {}, errors } : result;
  };
}
