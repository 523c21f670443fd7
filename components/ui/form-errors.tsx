import type { ReactNode } from "react";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionFailure } from "@/lib/forms/action-result";

/**
 * The form field a server action's field name stands for, or undefined where the form has no
 * such field (its message is then one for the whole form).
 */
export type FormFieldOf = (name: string) => string | undefined;

/** The form's own fields, with the names the services use where they differ. */
export function formFields(fields: Iterable<string>, rename: Readonly<Record<string, string>> = {}): FormFieldOf {
  const known = new Set(fields);
  return (name) => {
    const field = rename[name] ?? name;
    return known.has(field) ? field : undefined;
  };
}

/**
 * A server action's refusal shown in a react-hook-form form, as the form's own validation
 * shows its errors: each message beside its field (focus moves to the first of them), the rest
 * in `errors.root.server` for `FormAlert`.
 */
export function showActionErrors<T extends FieldValues>(failure: ActionFailure, setError: UseFormSetError<T>, fieldOf: FormFieldOf): void {
  const rest: string[] = failure.formError ? [failure.formError] : [];
  let focus = true;
  for (const [name, message] of Object.entries(failure.fieldErrors)) {
    if (!message) continue;
    const field = fieldOf(name);
    if (field === undefined) {
      rest.push(message);
      continue;
    }
    setError(field as Path<T>, { type: "server", message }, { shouldFocus: focus });
    focus = false;
  }
  if (rest.length) setError("root.server", { type: "server", message: rest.join(" ") });
}

/** A form's message that belongs to no single field (`compact` in the narrow account cards). */
export function FormAlert({ message, compact, children }: { message?: string; compact?: boolean; children?: ReactNode }) {
  if (!message) return null;
  return (
    <div role="alert" className={`rounded-md border border-red-200 bg-red-50 text-sm text-red-800 ${compact ? "px-3 py-2" : "px-4 py-3"}`}>
      {message}
      {children}
    </div>
  );
}
