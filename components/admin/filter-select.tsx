import type { ReactNode } from "react";
import { inputClasses } from "@/components/ui/field";

/** A labelled select of a GET filter form; the first option ("All") clears the filter. */
export function FilterSelect({
  id,
  name,
  label,
  value,
  allLabel = "All",
  children,
}: {
  id: string;
  name: string;
  label: string;
  value: string;
  allLabel?: string | null;
  children: ReactNode;
}) {
  return (
    <div className="min-w-0 space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className={inputClasses}>
        {allLabel === null ? null : <option value="">{allLabel}</option>}
        {children}
      </select>
    </div>
  );
}
