"use client";

import type { ReactNode } from "react";
import { useFieldArray, useWatch, type FieldPath } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClasses, TextField } from "@/components/ui/field";
import type { EventSetup } from "@/lib/event-setup/load";
import { SETUP_LISTS, type EventSetupInput, type SetupList } from "@/lib/event-setup/schemas";
import { toFormValues, type SetupForm } from "./form-values";
import { RowControls } from "./row-controls";
import { useFocusAfterRender } from "./use-focus-after-render";

/** One input of an entry: its key in the entry, how it is labelled and typed. */
export interface EntryField {
  name: string;
  label: string;
  required?: boolean;
  hint?: string;
  placeholder?: string;
  inputMode?: "numeric";
  /** A color picker beside the hex text it stands for (typing a hex is often quicker). */
  color?: boolean;
  /** Spans the whole row below the others. */
  wide?: boolean;
}

/** What differs between the lists of the setup page; the editing itself is the same. */
export interface ListSpec<L extends SetupList = SetupList> {
  list: L;
  title: string;
  description: string;
  addLabel: string;
  /** The grid of an entry's fields from the small breakpoint on (a literal, for Tailwind). */
  grid: string;
  fields: readonly EntryField[];
  /** A new entry, given how many the list has. */
  newEntry: (count: number) => EventSetupInput[L][number];
}

/**
 * One list of the setup page (tracks, rooms or session types): its entries with their fields
 * and row buttons (move up, move down, remove), adding, and putting back an entry that
 * sessions still use. Focus follows the entry a button moved or removed, and each change is
 * announced through `announce`.
 */
export function ListEditor({
  spec,
  form,
  saved,
  announce,
  error,
}: {
  spec: ListSpec;
  form: SetupForm;
  saved: EventSetup;
  announce: (message: string) => void;
  /** A problem of the list as a whole (e.g. an entry in use was removed). */
  error?: string;
}) {
  const { list } = spec;
  const headingId = `${list}-heading`;
  const actions = useListActions(list, form, saved, announce);
  const removedInUse = useRemovedInUse(form, saved, list);
  const label = SETUP_LISTS[list].label;
  return (
    <section aria-labelledby={headingId} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <div>
        <h2 id={headingId} className="text-lg font-semibold">
          {spec.title}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{spec.description}</p>
      </div>
      {error ? (
        <p id={`${list}-error`} role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      {removedInUse.length ? (
        <ul className="space-y-2 text-sm text-amber-900">
          {removedInUse.map((entry) => (
            <li key={entry.row.id} className="flex flex-wrap items-center gap-2 rounded-md bg-amber-50 px-3 py-2">
              <span>
                {label} &lsquo;{entry.row.name}&rsquo; is used by {entry.row.sessionCount}{" "}
                {entry.row.sessionCount === 1 ? "session" : "sessions"} and cannot be removed.
              </span>
              <Button variant="secondary" className="px-2 py-1" onClick={() => actions.onPutBack(entry)}>
                Put back &lsquo;{entry.row.name}&rsquo;
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {actions.fields.length ? (
        <ol className="space-y-3" aria-labelledby={headingId}>
          {actions.fields.map((field, index) => (
            <Row
              key={field.id}
              number={index + 1}
              usage={actions.usageOf(index)}
              controls={
                <RowControls
                  idPrefix={`${list}-${index}`}
                  index={index}
                  count={actions.fields.length}
                  itemLabel={actions.labelOf(index)}
                  onMove={actions.onMove}
                  onRemove={actions.onRemove}
                />
              }
            >
              <div className={`grid gap-3 ${spec.grid}`}>
                {spec.fields.map((entryField) => (
                  <EntryInput key={entryField.name} spec={spec} field={entryField} index={index} form={form} />
                ))}
              </div>
            </Row>
          ))}
        </ol>
      ) : (
        <p className="text-sm text-slate-500">None yet.</p>
      )}
      <Button
        variant="secondary"
        id={`${list}-add`}
        // A mouse press would first blur the name being typed, and the validation that blur
        // starts finishes after the click and writes back the list without the new entry (the
        // click then seemed to do nothing). Focus moves to the new entry's name instead, which
        // blurs the old one once the entry exists.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => actions.onAppend(spec.newEntry(actions.fields.length))}
      >
        {spec.addLabel}
      </Button>
    </section>
  );
}

/** One entry's frame: its number, usage, the fields and the row buttons. */
function Row({ number, usage, controls, children }: { number: number; usage?: number; controls: ReactNode; children: ReactNode }) {
  return (
    <li className="rounded-md border border-slate-200 p-3">
      <div className="mb-2 flex items-center justify-between gap-2">
        <span className="text-xs font-medium text-slate-500">
          #{number}
          {usage ? ` · used by ${usage} ${usage === 1 ? "session" : "sessions"}` : ""}
        </span>
        {controls}
      </div>
      {children}
    </li>
  );
}

function EntryInput({ spec, field, index, form }: { spec: ListSpec; field: EntryField; index: number; form: SetupForm }) {
  const id = `${spec.list}-${index}-${field.name}`;
  const name = `${spec.list}.${index}.${field.name}` as FieldPath<EventSetupInput>;
  const entries = form.formState.errors[spec.list] as Record<number, Record<string, { message?: string }> | undefined> | undefined;
  const error = entries?.[index]?.[field.name]?.message;
  const input = field.color ? (
    <ColorField id={id} name={name} label={field.label} pickLabel={`Pick color for ${SETUP_LISTS[spec.list].singular} ${index + 1}`} form={form} error={error} />
  ) : (
    <TextField
      id={id}
      label={field.label}
      required={field.required}
      hint={field.hint}
      placeholder={field.placeholder}
      inputMode={field.inputMode}
      autoComplete="off"
      error={error}
      registration={form.register(name)}
    />
  );
  return field.wide ? <div className="sm:col-span-2">{input}</div> : input;
}

/** A native color picker plus the hex text it stands for. */
function ColorField({
  id,
  name,
  label,
  pickLabel,
  form,
  error,
}: {
  id: string;
  name: FieldPath<EventSetupInput>;
  label: string;
  pickLabel: string;
  form: SetupForm;
  error?: string;
}) {
  const value = useWatch({ control: form.control, name });
  const text = typeof value === "string" ? value : "";
  const swatch = /^#[0-9a-f]{6}$/i.test(text) ? text.toLowerCase() : "#000000";
  return (
    <Field id={id} label={label} required hint="#rrggbb" error={error}>
      <div className="flex items-center gap-2">
        <input
          type="color"
          aria-label={pickLabel}
          className="h-9 w-11 shrink-0 cursor-pointer rounded-md border border-slate-300 bg-white p-1"
          value={swatch}
          onChange={(event) => form.setValue(name, event.target.value, { shouldDirty: true, shouldValidate: true })}
        />
        <input
          id={id}
          type="text"
          className={`${inputClasses} font-mono`}
          aria-invalid={Boolean(error) || undefined}
          aria-describedby={describedBy(id, { hint: true, error })}
          aria-required="true"
          autoComplete="off"
          spellCheck={false}
          {...form.register(name)}
        />
      </div>
    </Field>
  );
}

/** Rows that are used by sessions but no longer in the form: saving would be refused. */
function useRemovedInUse(form: SetupForm, saved: EventSetup, list: SetupList) {
  const items = useWatch({ control: form.control, name: list }) as { id?: number }[] | undefined;
  const kept = new Set((items ?? []).map((item) => item.id));
  return saved[list]
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => row.sessionCount > 0 && !kept.has(row.id));
}

/** Moving, removing and putting back entries, with focus and announcements. */
function useListActions(list: SetupList, form: SetupForm, saved: EventSetup, announce: (message: string) => void) {
  // Per list: the list's own component is what re-renders after a move or removal.
  const focusLater = useFocusAfterRender();
  const { fields, append, insert, move, remove } = useFieldArray({ control: form.control, name: list });
  // Watched (not read once) so that the buttons' names follow the name being typed.
  const values = (useWatch({ control: form.control, name: list }) ?? []) as { id?: number; name?: unknown }[];
  const singular = SETUP_LISTS[list].singular;
  const nameOf = (index: number) => String(values[index]?.name ?? "").trim();
  const labelOf = (index: number) => `${singular} ${nameOf(index) ? `“${nameOf(index)}”` : index + 1}`;

  const onMove = (from: number, to: number) => {
    const label = labelOf(from);
    move(from, to);
    // Focus follows the moved entry; at either end the other direction's button takes it.
    const edge = to === 0 ? "down" : to === fields.length - 1 ? "up" : to < from ? "up" : "down";
    focusLater(`${list}-${to}-${edge}`);
    announce(`Moved ${label} to position ${to + 1} of ${fields.length}.`);
  };
  const onRemove = (index: number) => {
    const label = labelOf(index);
    remove(index);
    const next = Math.min(index, fields.length - 2);
    focusLater(next >= 0 ? `${list}-${next}-name` : `${list}-add`);
    announce(`Removed ${label}. It is deleted when you save.`);
  };
  const onPutBack = ({ row, index }: { row: { id: number }; index: number }) => {
    const original = toFormValues(saved)[list].find((item) => item.id === row.id);
    if (!original) return;
    const at = Math.min(index, fields.length);
    insert(at, original as never, { shouldFocus: false });
    focusLater(`${list}-${at}-name`);
    announce(`Put back ${singular} ${original.name}.`);
  };
  const onAppend = (value: EventSetupInput[SetupList][number]) => {
    append(value as never, { shouldFocus: false });
    focusLater(`${list}-${fields.length}-name`);
  };
  const usageOf = (index: number) => {
    const id = values[index]?.id;
    return id === undefined ? undefined : saved[list].find((row) => row.id === id)?.sessionCount;
  };
  return { fields, onMove, onRemove, onPutBack, onAppend, labelOf, usageOf };
}
