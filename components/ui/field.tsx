import type { InputHTMLAttributes, ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

export const inputClasses =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm placeholder:text-slate-400 focus:border-brand-500 aria-invalid:border-red-500 aria-invalid:focus-visible:outline-red-600";

/**
 * A labelled form field with its hint and error. The control gets `id` and must point
 * `aria-describedby` at `describedBy(id, …)` so screen readers announce hint and error.
 */
export function Field({
  id,
  label,
  hint,
  error,
  required,
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        <RequiredMark required={required} />
      </label>
      {children}
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}

/** The asterisk of a required field's label (screen readers hear `aria-required` instead). */
export function RequiredMark({ required }: { required?: boolean }) {
  return required ? (
    <span aria-hidden="true" className="text-red-600">
      {" "}
      *
    </span>
  ) : null;
}

/** A field's hint and error under its control, with the ids `describedBy` points at. */
export function FieldNotes({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </>
  );
}

export function describedBy(id: string, { hint, error }: { hint?: unknown; error?: unknown }): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

/** The accessibility attributes and classes of a form control inside a `Field` with this id. */
export function controlProps(id: string, { hint, error, required }: { hint?: unknown; error?: string; required?: boolean }) {
  return {
    id,
    className: inputClasses,
    "aria-invalid": Boolean(error) || undefined,
    "aria-describedby": describedBy(id, { hint, error }),
    "aria-required": required ? ("true" as const) : undefined,
  };
}

/**
 * A text input (a textarea with `rows`) in its `Field`, registered with react-hook-form: the
 * label, hint, error and accessibility attributes of every form's text fields in one place.
 */
export function TextField({
  id,
  label,
  hint,
  error,
  required,
  rows,
  registration,
  type = "text",
  ...input
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  rows?: number;
  registration: UseFormRegisterReturn;
} & Pick<InputHTMLAttributes<HTMLInputElement>, "type" | "autoComplete" | "inputMode" | "placeholder" | "spellCheck" | "min" | "max">) {
  const common = { ...controlProps(id, { hint, error, required }), ...registration };
  return (
    <Field id={id} label={label} required={required} hint={hint} error={error}>
      {rows ? <textarea rows={rows} {...common} /> : <input type={type} {...input} {...common} />}
    </Field>
  );
}

/**
 * A select in its `Field`, registered with react-hook-form: `choices` (after an `empty` option
 * that stands for none) or its own `<option>`s as children.
 */
export function SelectField({
  id,
  label,
  hint,
  error,
  required,
  registration,
  empty,
  choices = [],
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  registration: UseFormRegisterReturn;
  empty?: string;
  choices?: readonly { id: number | string; name: string }[];
  children?: ReactNode;
}) {
  return (
    <Field id={id} label={label} required={required} hint={hint} error={error}>
      <select {...controlProps(id, { hint, error, required })} {...registration}>
        {empty !== undefined ? <option value="">{empty}</option> : null}
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.name}
          </option>
        ))}
        {children}
      </select>
    </Field>
  );
}
