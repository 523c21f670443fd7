import type { ReactNode } from "react";

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
        {required ? (
          <span aria-hidden="true" className="text-red-600">
            {" "}
            *
          </span>
        ) : null}
      </label>
      {children}
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
    </div>
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
