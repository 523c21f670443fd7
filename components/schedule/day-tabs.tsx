"use client";

import { useRef, type KeyboardEvent, type ReactNode } from "react";
import { formatDayTab } from "./format";

/**
 * The event's days as ARIA tabs (arrow keys, Home and End move between them; one tab stop).
 * On a phone the tab row scrolls sideways.
 */
export function DayTabs({
  days,
  zone,
  selected,
  onSelect,
  children,
}: {
  days: string[];
  zone: string;
  selected: string;
  onSelect: (day: string) => void;
  children: ReactNode;
}) {
  const listRef = useRef<HTMLDivElement>(null);
  const index = Math.max(0, days.indexOf(selected));

  const go = (next: number) => {
    const day = days[(next + days.length) % days.length];
    if (!day) return;
    onSelect(day);
    listRef.current?.querySelector<HTMLButtonElement>(`[data-day="${day}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const keys: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: days.length - 1 };
    const next = keys[event.key];
    if (next === undefined) return;
    event.preventDefault();
    go(next);
  };

  return (
    <div className="space-y-3">
      <div ref={listRef} role="tablist" aria-label="Days" className="flex gap-1 overflow-x-auto border-b border-slate-200" onKeyDown={onKeyDown}>
        {days.map((day) => {
          const current = day === selected;
          return (
            <button
              key={day}
              type="button"
              role="tab"
              id={`day-tab-${day}`}
              data-day={day}
              aria-selected={current}
              aria-controls="day-panel"
              tabIndex={current ? 0 : -1}
              onClick={() => onSelect(day)}
              className={`-mb-px shrink-0 whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium ${
                current ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900"
              }`}
            >
              {formatDayTab(day, zone)}
            </button>
          );
        })}
      </div>
      <div role="tabpanel" id="day-panel" aria-labelledby={`day-tab-${selected}`}>
        {children}
      </div>
    </div>
  );
}
