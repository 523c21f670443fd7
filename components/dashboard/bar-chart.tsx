/**
 * A small horizontal bar chart as a table: screen readers and text search read the label and
 * the number of each row, while the bar beside it is decoration scaled to the largest value.
 */
export function BarChart({
  caption,
  rows,
  labelHeader,
  valueHeader = "Sessions",
  testId,
}: {
  caption: string;
  rows: { key: string; label: string; value: number; color?: string }[];
  labelHeader: string;
  valueHeader?: string;
  testId?: string;
}) {
  const max = Math.max(1, ...rows.map((row) => row.value));
  return (
    <table className="w-full border-separate border-spacing-y-1 text-sm" data-testid={testId}>
      <caption className="sr-only">{caption}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">{labelHeader}</th>
          <th scope="col">{valueHeader}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" className="w-28 whitespace-nowrap pr-3 text-left font-normal text-slate-600 sm:w-36">
              {row.label}
            </th>
            <td>
              <div className="flex items-center gap-2">
                <div aria-hidden="true" className="h-3 flex-1 overflow-hidden rounded-full bg-slate-100">
                  <div
                    className={`h-full rounded-full ${row.color ?? "bg-brand-500"}`}
                    style={{ width: `${(row.value / max) * 100}%` }}
                  />
                </div>
                <span className="w-8 text-right font-medium tabular-nums text-slate-900">{row.value}</span>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
