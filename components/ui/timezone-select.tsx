"use client";

import { DateTime } from "luxon";
import { useId, useMemo, useRef, useState, type KeyboardEvent, type Ref } from "react";
import { inputClasses } from "./field";

function allZones(): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  // Engines list only geographic zones; organisers of online events still ask for plain UTC.
  return zones.includes("UTC") ? zones : ["UTC", ...zones];
}

const normalize = (text: string) => text.toLowerCase().replace(/[_\s]+/g, " ").trim();

function offsetLabel(zone: string): string {
  const now = DateTime.now().setZone(zone);
  return now.isValid ? (now.offset === 0 ? "UTC" : `GMT${now.toFormat("Z")}`) : "";
}

/**
 * A searchable time-zone picker (ARIA 1.2 combobox with a listbox popup). Typing filters the
 * IANA zones ("new york" finds America/New_York); the typed text is also the value, so a zone
 * typed in full needs no pick. Arrow keys move, Enter picks, Escape closes.
 */
export function TimezoneSelect({
  id,
  value,
  onChange,
  onBlur,
  invalid,
  describedBy,
  name,
  ref,
}: {
  /** Lets react-hook-form focus the input when the zone is the first invalid field. */
  ref?: Ref<HTMLInputElement>;
  id: string;
  value: string;
  onChange: (zone: string) => void;
  onBlur?: () => void;
  invalid?: boolean;
  describedBy?: string;
  name?: string;
}) {
  const listId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const [open, setOpen] = useState(false);
  // null: the list was opened without typing, so it shows every zone.
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(-1);

  const zones = useMemo(() => (open ? allZones() : []), [open]);
  const options = useMemo(() => {
    if (query === null || !query.trim()) return zones;
    const needle = normalize(query);
    return zones.filter((zone) => normalize(zone).includes(needle));
  }, [zones, query]);

  const scrollTo = (index: number) => {
    listRef.current?.querySelector(`[data-index="${index}"]`)?.scrollIntoView({ block: "nearest" });
  };

  const show = (fromTyping: string | null) => {
    const list = fromTyping === null ? allZones() : null;
    setQuery(fromTyping);
    setOpen(true);
    // Opening on a chosen zone highlights it, like a native select.
    const index = list ? list.indexOf(value) : 0;
    setActive(index);
    if (index >= 0) requestAnimationFrame(() => scrollTo(index));
  };

  const close = () => {
    setOpen(false);
    setQuery(null);
    setActive(-1);
  };

  const pick = (zone: string) => {
    onChange(zone);
    close();
  };

  const move = (delta: number) => {
    if (!open) return show(null);
    if (!options.length) return;
    const next = (active + delta + options.length) % options.length;
    setActive(next);
    scrollTo(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        move(1);
        break;
      case "ArrowUp":
        event.preventDefault();
        move(-1);
        break;
      case "Enter": {
        const zone = open ? options[active] : undefined;
        if (zone) {
          // Picking must not submit the surrounding form.
          event.preventDefault();
          pick(zone);
        }
        break;
      }
      case "Escape":
        if (open) {
          event.preventDefault();
          close();
        }
        break;
      case "Tab":
        close();
        break;
    }
  };

  const activeOption = open ? options[active] : undefined;

  return (
    <div className="relative">
      <input
        ref={ref}
        id={id}
        name={name}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeOption ? `${listId}-${active}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        className={`${inputClasses} pr-9`}
        value={value}
        placeholder="Search, e.g. Berlin"
        onChange={(event) => {
          onChange(event.target.value);
          show(event.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          close();
          onBlur?.();
        }}
      />
      <button
        type="button"
        tabIndex={-1}
        aria-label="Show time zones"
        className="absolute inset-y-0 right-0 grid w-9 place-items-center text-slate-500 hover:text-slate-800"
        // Keeps focus in the input so the list does not close before the click lands.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => (open ? close() : show(null))}
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="currentColor">
          <path d="M5.23 7.21a.75.75 0 0 1 1.06.02L10 11.17l3.71-3.94a.75.75 0 1 1 1.08 1.04l-4.25 4.5a.75.75 0 0 1-1.08 0l-4.25-4.5a.75.75 0 0 1 .02-1.06Z" />
        </svg>
      </button>
      <ul
        ref={listRef}
        id={listId}
        role="listbox"
        aria-label="Time zones"
        hidden={!open}
        className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg"
      >
        {open && options.length === 0 ? <li className="px-3 py-2 text-slate-500">No matching time zone</li> : null}
        {options.map((zone, index) => (
          <li
            key={zone}
            id={`${listId}-${index}`}
            data-index={index}
            role="option"
            aria-selected={zone === value}
            className={`flex cursor-pointer justify-between gap-3 px-3 py-1.5 ${
              index === active ? "bg-brand-100 text-brand-700" : zone === value ? "font-medium" : ""
            }`}
            onMouseDown={(event) => event.preventDefault()}
            onMouseEnter={() => setActive(index)}
            onClick={() => pick(zone)}
          >
            <span>{zone.replace(/_/g, " ")}</span>
            <span className="shrink-0 text-xs text-slate-500">{offsetLabel(zone)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
