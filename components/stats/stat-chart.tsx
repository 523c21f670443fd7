"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Area, AreaChart, Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** One bar or point: its label, its number and the list behind the number. */
export interface StatRow {
  key: string;
  label: string;
  value: number;
  href?: string;
  /** A CSS colour for the bar (bars default to the brand colour). */
  color?: string;
}

const BRAND = "#4f46e5";
const AXIS = "#475569";

/**
 * A chart of statistics with its table: the same rows as a table that screen readers always
 * read (the chart itself is hidden from them) and that anyone can show instead of the chart,
 * with each number linking to the list it counts. Bars open that list on a click too.
 *
 * - `bars`: vertical bars, for a few short labels (states, kinds);
 * - `rows`: horizontal bars, for longer names (topics, types), one row each;
 * - `series`: an area over time (one row per day, oldest first).
 *
 * recharts' ResponsiveContainer takes the width of its box, so the chart fits a phone; labels
 * that do not fit are shortened on the axis and complete in the table.
 */
export function StatChart({
  title,
  description,
  kind = "bars",
  rows,
  labelHeader,
  valueHeader,
  testId,
}: {
  title: string;
  description?: string;
  kind?: "bars" | "rows" | "series";
  rows: StatRow[];
  labelHeader: string;
  valueHeader: string;
  testId?: string;
}) {
  const [asTable, setAsTable] = useState(false);
  const router = useRouter();
  const titleId = useId();
  const tableId = useId();
  const open = (row: StatRow | undefined) => {
    if (row?.href) router.push(row.href);
  };
  const height = kind === "rows" ? Math.max(160, rows.length * 32 + 40) : 220;

  // Both bar layouts draw the same bars; recharts reads them from an array of children as from JSX.
  const bars = [
    <Tooltip key="tooltip" formatter={(value) => [value, valueHeader]} />,
    <Bar key="bar" dataKey="value" maxBarSize={64} isAnimationActive={false} cursor="pointer" onClick={(_data, index) => open(rows[index])}>
      {rows.map((row) => (
        <Cell key={row.key} fill={row.color ?? BRAND} />
      ))}
    </Bar>,
  ];

  return (
    <figure aria-labelledby={titleId} className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5" data-testid={testId}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <figcaption id={titleId} className="min-w-0">
          <span className="block text-base font-semibold">{title}</span>
          {description ? <span className="mt-0.5 block text-sm text-slate-600">{description}</span> : null}
        </figcaption>
        <button
          type="button"
          aria-controls={tableId}
          aria-expanded={asTable}
          onClick={() => setAsTable((shown) => !shown)}
          className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-700 shadow-sm hover:bg-slate-50"
        >
          {asTable ? "Show as chart" : "Show as table"}
        </button>
      </div>

      {asTable ? null : (
        // The table below says the same to screen readers, with the links.
        <div aria-hidden="true" className="mt-3 w-full min-w-0" style={{ height }} data-testid={testId ? `${testId}-chart` : undefined}>
          <ResponsiveContainer width="100%" height="100%">
            {kind === "series" ? (
              <AreaChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="label" tick={{ fontSize: 11, fill: AXIS }} interval="preserveStartEnd" minTickGap={24} />
                <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: AXIS }} width={44} />
                <Tooltip formatter={(value) => [value, valueHeader]} />
                <Area
                  type="monotone"
                  dataKey="value"
                  stroke={BRAND}
                  fill={BRAND}
                  fillOpacity={0.15}
                  isAnimationActive={false}
                  activeDot={{ onClick: (_event, dot) => open(rows[(dot as { index?: number }).index ?? -1]), cursor: "pointer" }}
                />
              </AreaChart>
            ) : kind === "rows" ? (
              <BarChart accessibilityLayer={false} data={rows} layout="vertical" margin={{ top: 0, right: 16, bottom: 0, left: 0 }}>
                <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11, fill: AXIS }} />
                <YAxis type="category" dataKey="label" width={110} tick={{ fontSize: 11, fill: AXIS }} tickFormatter={shorten} />
                {bars}
              </BarChart>
            ) : (
              <BarChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="label" tick={{ fontSize: 11, fill: AXIS }} interval={0} tickFormatter={shorten} height={36} angle={rows.length > 5 ? -30 : 0} textAnchor={rows.length > 5 ? "end" : "middle"} />
                <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: AXIS }} width={44} />
                {bars}
              </BarChart>
            )}
          </ResponsiveContainer>
        </div>
      )}

      <StatTable id={tableId} caption={title} rows={rows} labelHeader={labelHeader} valueHeader={valueHeader} visible={asTable} />
    </figure>
  );
}

const shorten = (label: string) => (label.length > 14 ? `${label.slice(0, 13)}…` : label);

/**
 * The chart's rows as a table. Hidden, it stays in the accessibility tree (visually hidden) and
 * its links leave the tab order, so keyboard users do not land on something they cannot see;
 * screen readers still read and follow them.
 */
export function StatTable({
  id,
  caption,
  rows,
  labelHeader,
  valueHeader,
  visible,
}: {
  id?: string;
  caption: string;
  rows: StatRow[];
  labelHeader: string;
  valueHeader: string;
  visible: boolean;
}) {
  return (
    <div id={id} className={visible ? "relative mt-3 max-h-96 overflow-auto" : "sr-only"}>
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-left text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="py-1 pr-3 font-medium">
              {labelHeader}
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              {valueHeader}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className="py-1 pr-3 text-left font-normal text-slate-700">
                {row.label}
              </th>
              <td className="py-1 text-right font-medium tabular-nums">
                {row.href ? (
                  <Link href={row.href} tabIndex={visible ? undefined : -1} className="text-brand-700 hover:underline">
                    {row.value}
                  </Link>
                ) : (
                  row.value
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
