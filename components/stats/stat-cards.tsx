import Link from "next/link";
import type { StatRow } from "./stat-chart";

/**
 * Numbers as cards, each a link to the list it counts (its accessible name reads "Draft
 * events: 3"). A definition list, so that without links or styles it still reads as label and
 * number.
 */
export function StatCards({ rows, label, testId }: { rows: StatRow[]; label: string; testId?: string }) {
  return (
    <dl aria-label={label} className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4" data-testid={testId}>
      {rows.map((row) => (
        <div key={row.key} className="relative min-w-0 rounded-lg border border-slate-200 bg-white px-3 py-2 shadow-sm hover:border-brand-500">
          <dt className="truncate text-xs font-medium text-slate-500">{row.label}</dt>
          <dd className="text-2xl font-semibold tabular-nums text-slate-900">
            {row.href ? (
              <Link href={row.href} aria-label={`${row.label}: ${row.value}`} className="after:absolute after:inset-0 hover:text-brand-700">
                {row.value}
              </Link>
            ) : (
              row.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
