"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClasses } from "@/components/ui/field";
import { createSpeakerAction, searchSpeakersAction, type SpeakerOption } from "@/lib/speakers/actions";
import { createSpeakerSchema } from "@/lib/speakers/schemas";

/** The inline "new speaker" fields: the shared speaker schema, restricted to what is asked here. */
const newSpeakerSchema = createSpeakerSchema.pick({ name: true, email: true });

/**
 * Picks a session's speakers: a searchable combobox over the event's speakers (searched on the
 * server, so an event with thousands of speakers loads none up front) and an inline form that
 * creates a speaker and adds them at once. Chosen speakers are listed with a remove button each;
 * every change is announced in a live region.
 */
export function SpeakerPicker({
  eventId,
  value,
  onChange,
  error,
  inputRef,
}: {
  eventId: string;
  value: SpeakerOption[];
  onChange: (speakers: SpeakerOption[]) => void;
  error?: string;
  /** Lets the form focus the search when the speakers field is invalid. */
  inputRef?: (element: HTMLInputElement | null) => void;
}) {
  const id = useId();
  const listId = `${id}-list`;
  const listRef = useRef<HTMLUListElement>(null);
  const [query, setQuery] = useState("");
  const [debounced, setDebounced] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState("");
  const [adding, setAdding] = useState(false);
  const [draft, setDraft] = useState({ name: "", email: "" });
  const [draftErrors, setDraftErrors] = useState<{ name?: string; email?: string; form?: string }>({});
  const [creating, setCreating] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);

  // Searching on every keystroke would race; a short pause is enough for typing to settle.
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(query.trim()), 200);
    return () => clearTimeout(timer);
  }, [query]);

  const search = useQuery({
    queryKey: ["speaker-picker", eventId, debounced],
    queryFn: async () => {
      const result = await searchSpeakersAction(eventId, debounced);
      if (!result.ok) throw new Error(result.formError ?? "The speakers could not be loaded.");
      return result.data;
    },
    enabled: open,
    staleTime: 5_000,
  });
  const chosen = new Set(value.map((speaker) => speaker.id));
  const options = (search.data ?? []).filter((speaker) => !chosen.has(speaker.id));

  useEffect(() => {
    if (adding) nameRef.current?.focus();
  }, [adding]);

  const add = (speaker: SpeakerOption) => {
    if (chosen.has(speaker.id)) return;
    onChange([...value, speaker]);
    setAnnouncement(`${speaker.name} added to the speakers.`);
    setQuery("");
    setActive(-1);
  };
  const remove = (speaker: SpeakerOption) => {
    onChange(value.filter((item) => item.id !== speaker.id));
    setAnnouncement(`${speaker.name} removed from the speakers.`);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) return setOpen(true);
      if (!options.length) return;
      const next = (active + (event.key === "ArrowDown" ? 1 : -1) + options.length) % options.length;
      setActive(next);
      listRef.current?.querySelector(`[data-index="${next}"]`)?.scrollIntoView({ block: "nearest" });
    } else if (event.key === "Enter") {
      // Enter picks; it never submits the surrounding session form from here.
      event.preventDefault();
      const option = open ? options[active] : undefined;
      if (option) add(option);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
    }
  };

  const createSpeaker = async () => {
    const parsed = newSpeakerSchema.safeParse(draft);
    if (!parsed.success) {
      const errors: typeof draftErrors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] === "email" ? "email" : "name";
        errors[field] ??= issue.message;
      }
      setDraftErrors(errors);
      return;
    }
    setCreating(true);
    setDraftErrors({});
    const result = await createSpeakerAction(eventId, parsed.data);
    setCreating(false);
    if (!result.ok) {
      // The event's speaker form may require more than these two fields: say so above them.
      const { name, email, ...rest } = result.fieldErrors;
      const other = [result.formError, ...Object.values(rest)].filter(Boolean).join(" ");
      setDraftErrors({ name, email, form: other || undefined });
      return;
    }
    onChange([...value, result.data]);
    setAnnouncement(`New speaker ${result.data.name} created and added to the speakers.`);
    setDraft({ name: "", email: "" });
    setAdding(false);
    search.refetch().catch(() => undefined);
  };

  const onDraftKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      // The inline fields live inside the session form: Enter creates the speaker instead.
      event.preventDefault();
      void createSpeaker();
    }
  };

  const activeOption = open ? options[active] : undefined;
  const searchId = `${id}-search`;

  return (
    <div className="space-y-3">
      {value.length ? (
        <ul aria-label="Chosen speakers" className="flex flex-wrap gap-2">
          {value.map((speaker) => (
            <li key={speaker.id} className="inline-flex items-center gap-1 rounded-full bg-brand-50 py-1 pl-3 pr-1 text-sm text-brand-700 ring-1 ring-brand-100">
              <span>{speaker.name}</span>
              <button
                type="button"
                aria-label={`Remove ${speaker.name}`}
                className="grid size-6 place-items-center rounded-full hover:bg-brand-100"
                onClick={() => remove(speaker)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-500">No speakers yet.</p>
      )}

      <div className="relative">
        <label htmlFor={searchId} className="sr-only">
          Find speakers
        </label>
        <input
          ref={inputRef}
          id={searchId}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeOption ? `${listId}-${active}` : undefined}
          aria-invalid={Boolean(error) || undefined}
          aria-describedby={describedBy(id, { error })}
          placeholder="Search the event's speakers by name or email"
          className={inputClasses}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <ul
          ref={listRef}
          id={listId}
          role="listbox"
          aria-label="Speakers"
          hidden={!open}
          className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg"
        >
          {open && search.isPending ? <li className="px-3 py-2 text-slate-500">Searching…</li> : null}
          {open && search.isError ? <li className="px-3 py-2 text-red-700">{search.error.message}</li> : null}
          {open && search.isSuccess && !options.length ? (
            <li className="px-3 py-2 text-slate-500">{debounced ? "No matching speaker" : "No other speakers yet"}</li>
          ) : null}
          {options.map((speaker, index) => (
            <li
              key={speaker.id}
              id={`${listId}-${index}`}
              data-index={index}
              role="option"
              aria-selected={index === active}
              className={`cursor-pointer px-3 py-1.5 ${index === active ? "bg-brand-100 text-brand-700" : ""}`}
              // Keeps focus in the input so the list does not close before the click lands.
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActive(index)}
              onClick={() => add(speaker)}
            >
              <span className="font-medium">{speaker.name}</span>
              {speaker.email || speaker.organisation ? (
                <span className="ml-2 text-xs text-slate-500">{[speaker.email, speaker.organisation].filter(Boolean).join(" · ")}</span>
              ) : null}
            </li>
          ))}
        </ul>
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}

      {adding ? (
        <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-medium text-slate-800">New speaker</legend>
          {draftErrors.form ? (
            <p role="alert" className="text-sm text-red-700">
              {draftErrors.form}
            </p>
          ) : null}
          <div className="grid gap-3 sm:grid-cols-2">
            <Field id={`${id}-new-name`} label="Speaker name" required error={draftErrors.name}>
                <input
                  ref={nameRef}
                  id={`${id}-new-name`}
                  type="text"
                  autoComplete="off"
                  className={inputClasses}
                  aria-required="true"
                  aria-invalid={Boolean(draftErrors.name) || undefined}
                  aria-describedby={describedBy(`${id}-new-name`, { error: draftErrors.name })}
                  value={draft.name}
                  onChange={(event) => setDraft({ ...draft, name: event.target.value })}
                  onKeyDown={onDraftKeyDown}
                />
            </Field>
            <Field id={`${id}-new-email`} label="Speaker email" error={draftErrors.email}>
                <input
                  id={`${id}-new-email`}
                  type="email"
                  autoComplete="off"
                  className={inputClasses}
                  aria-invalid={Boolean(draftErrors.email) || undefined}
                  aria-describedby={describedBy(`${id}-new-email`, { error: draftErrors.email })}
                  value={draft.email}
                  onChange={(event) => setDraft({ ...draft, email: event.target.value })}
                  onKeyDown={onDraftKeyDown}
                />
            </Field>
          </div>
          <div className="flex gap-2">
            <Button variant="secondary" disabled={creating} onClick={() => void createSpeaker()}>
              {creating ? "Adding…" : "Add speaker"}
            </Button>
            <Button
              variant="ghost"
              disabled={creating}
              onClick={() => {
                setAdding(false);
                setDraftErrors({});
              }}
            >
              Cancel
            </Button>
          </div>
        </fieldset>
      ) : (
        <Button variant="ghost" className="px-0 text-brand-700" onClick={() => setAdding(true)}>
          <span aria-hidden="true">+</span> Add new speaker
        </Button>
      )}

      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
