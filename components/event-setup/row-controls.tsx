"use client";

/**
 * Move up / move down / remove for one entry of a list. Real buttons, so they work with the
 * keyboard and announce their action with the entry's name; a button that cannot act (up on
 * the first entry) stays focusable and says so with `aria-disabled` instead of vanishing from
 * the tab order under the user's focus.
 */
export function RowControls({
  idPrefix,
  index,
  count,
  itemLabel,
  onMove,
  onRemove,
}: {
  idPrefix: string;
  index: number;
  count: number;
  /** "track “Web”" — used in the buttons' accessible names. */
  itemLabel: string;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}) {
  const first = index === 0;
  const last = index === count - 1;
  const iconButton =
    "inline-flex size-9 items-center justify-center rounded-md border border-slate-300 bg-white text-slate-700 shadow-sm hover:bg-slate-100 aria-disabled:cursor-not-allowed aria-disabled:opacity-40 aria-disabled:hover:bg-white";
  return (
    <div className="flex items-center gap-1">
      <button
        type="button"
        id={`${idPrefix}-up`}
        className={iconButton}
        aria-label={`Move ${itemLabel} up`}
        aria-disabled={first || undefined}
        onClick={() => !first && onMove(index, index - 1)}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        id={`${idPrefix}-down`}
        className={iconButton}
        aria-label={`Move ${itemLabel} down`}
        aria-disabled={last || undefined}
        onClick={() => !last && onMove(index, index + 1)}
      >
        <span aria-hidden="true">↓</span>
      </button>
      <button
        type="button"
        id={`${idPrefix}-remove`}
        className={`${iconButton} text-red-700 hover:bg-red-50`}
        aria-label={`Remove ${itemLabel}`}
        onClick={() => onRemove(index)}
      >
        <span aria-hidden="true">✕</span>
      </button>
    </div>
  );
}
