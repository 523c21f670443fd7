import Form from "next/form";
import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";

/**
 * The filter form of a server-rendered list (dashboard sessions, the admin lists): a GET form,
 * so the filters live in the URL and a filtered list is a link to share. It is keyed by the
 * filters (`resetKey`) so that "Clear filters" (a client-side navigation) also resets the inputs.
 */
export function FilterForm({
  action,
  label,
  resetKey,
  filtered,
  className,
  actionsClassName,
  children,
}: {
  action: string;
  label: string;
  resetKey: string;
  /** Whether any filter is set: then "Clear filters" leads back to `action`. */
  filtered: boolean;
  /** The grid of the fields. */
  className: string;
  /** Where the buttons sit in that grid. */
  actionsClassName: string;
  children: ReactNode;
}) {
  return (
    <Form key={resetKey} action={action} role="search" aria-label={label} className={`grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm ${className}`}>
      {children}
      <div className={`flex flex-wrap items-center gap-2 ${actionsClassName}`}>
        <button type="submit" className={buttonClasses("secondary")}>
          Apply filters
        </button>
        {filtered ? (
          <Link href={action} className={buttonClasses("ghost")}>
            Clear filters
          </Link>
        ) : null}
      </div>
    </Form>
  );
}

/** The free-text field of a filter form (`q`). */
export function FilterSearch({ id, value, placeholder, className = "" }: { id: string; value: string; placeholder: string; className?: string }) {
  return (
    <div className={`min-w-0 space-y-1 ${className}`}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        Search
      </label>
      <input id={id} name="q" type="search" defaultValue={value} placeholder={placeholder} className={inputClasses} />
    </div>
  );
}

/**
 * A labelled select of a filter form. The first option (`allLabel`, "All") clears the filter;
 * `allLabel={null}` leaves it out (a sort order always has a value).
 */
export function FilterSelect({
  id,
  name,
  label,
  value,
  allLabel = "All",
  options = [],
  children,
}: {
  id: string;
  name: string;
  label: string;
  value: string | number | null;
  allLabel?: string | null;
  options?: readonly { value: string | number; label: string }[];
  children?: ReactNode;
}) {
  return (
    <div className="min-w-0 space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value === null ? "" : String(value)} className={inputClasses}>
        {allLabel === null ? null : <option value="">{allLabel}</option>}
        {children}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** "3 sessions match the filters": the list's count, announced when the filters change it. */
export function FilterCount({ count, noun, filtered, testId }: { count: number; noun: [one: string, many: string]; filtered: boolean; testId?: string }) {
  return (
    <p role="status" aria-live="polite" className="text-sm text-slate-600" data-testid={testId}>
      {count === 1 ? `1 ${noun[0]}` : `${count} ${noun[1]}`}
      {filtered ? (count === 1 ? " matches the filters" : " match the filters") : ""}
    </p>
  );
}
