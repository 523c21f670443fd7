"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, type InputHTMLAttributes, type ReactNode } from "react";
import {
  useFieldArray,
  useForm,
  useWatch,
  type FieldPath,
  type UseFormReturn,
} from "react-hook-form";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClasses } from "@/components/ui/field";
import { saveEventSetupAction } from "@/lib/event-setup/actions";
import type { EventSetup } from "@/lib/event-setup/load";
import { eventSetupSchema, SETUP_LISTS, type EventSetupData, type EventSetupInput, type SetupList } from "@/lib/event-setup/schemas";
import { RowControls } from "./row-controls";
import { useFocusAfterRender } from "./use-focus-after-render";

type Form = UseFormReturn<EventSetupInput, unknown, EventSetupData>;

/** Colors offered to new tracks in turn, distinct enough to tell tracks apart on a schedule. */
const TRACK_COLORS = ["#2563eb", "#16a34a", "#7c3aed", "#ea580c", "#db2777", "#0891b2", "#ca8a04", "#475569"];

/** Saved rows → what the inputs hold (empty strings, not nulls; the floor as typed text). */
export function toFormValues(setup: EventSetup): EventSetupInput {
  return {
    tracks: setup.tracks.map((t) => ({ id: t.id, name: t.name, color: t.color, description: t.description ?? "" })),
    microlocations: setup.microlocations.map((m) => ({
      id: m.id,
      name: m.name,
      floor: m.floor === null ? "" : String(m.floor),
      room: m.room ?? "",
    })),
    sessionTypes: setup.sessionTypes.map((s) => ({ id: s.id, name: s.name, length: s.length })),
  };
}

const ENTRY_PATH = /^(tracks|microlocations|sessionTypes)\.\d+\.(id|name|color|description|floor|room|length)$/;
const LIST_NAMES = new Set<string>(Object.keys(SETUP_LISTS));

/**
 * Tracks, rooms and session types of one event, edited together and saved in one request.
 * Validation is the shared schema (the server runs it again); server-side problems come back
 * with the same paths and land beside the same inputs.
 */
export function EventSetupForm({ eventId, initial }: { eventId: string; initial: EventSetup }) {
  const router = useRouter();
  const [saved, setSaved] = useState<EventSetup>(initial);
  const [listErrors, setListErrors] = useState<Partial<Record<SetupList, string>>>({});
  const [status, setStatus] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const form: Form = useForm<EventSetupInput, unknown, EventSetupData>({
    defaultValues: toFormValues(initial),
    resolver: zodResolver(eventSetupSchema),
    // First feedback when a field is left, then on every keystroke.
    mode: "onTouched",
  });
  const {
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = form;

  const onSubmit = async (data: EventSetupData) => {
    setStatus("");
    setListErrors({});
    const result = await saveEventSetupAction(eventId, data);
    if (result.ok) {
      setSaved(result.data);
      // New entries get their ids, so the next save updates instead of creating them again.
      reset(toFormValues(result.data));
      setStatus("Saved.");
      router.refresh();
      return;
    }
    const lists: Partial<Record<SetupList, string>> = {};
    const other: string[] = result.formError ? [result.formError] : [];
    let focused = false;
    for (const [path, message] of Object.entries(result.fieldErrors)) {
      if (!message) continue;
      if (ENTRY_PATH.test(path)) {
        const field = path.endsWith(".id") ? path.replace(/\.id$/, ".name") : path;
        // An unknown id is a problem of the entry; it is shown beside the entry's name.
        setError(field as FieldPath<EventSetupInput>, { type: "server", message }, { shouldFocus: !focused });
        focused = true;
      } else if (LIST_NAMES.has(path)) {
        lists[path as SetupList] = message;
      } else {
        other.push(message);
      }
    }
    setListErrors(lists);
    if (other.length) setError("root.server", { type: "server", message: other.join(" ") });
    setStatus("Not saved: see the messages above.");
  };

  const sectionProps = { form, saved, announce: setAnnouncement, listErrors };

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-6" aria-label="Sessions and speakers setup">
      {errors.root?.server ? (
        <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
          {errors.root.server.message}
        </div>
      ) : null}
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>

      <TracksSection {...sectionProps} />
      <RoomsSection {...sectionProps} />
      <SessionTypesSection {...sectionProps} />

      <div className="sticky bottom-0 -mx-4 flex flex-wrap items-center justify-end gap-3 border-t border-slate-200 bg-slate-50/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-lg sm:border">
        <p role="status" className="mr-auto text-sm text-slate-600">
          {status || (isDirty ? "You have unsaved changes." : "")}
        </p>
        <Button
          variant="secondary"
          disabled={!isDirty || isSubmitting}
          onClick={() => {
            reset(toFormValues(saved));
            setListErrors({});
            setStatus("Changes discarded.");
          }}
        >
          Discard changes
        </Button>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : "Save changes"}
        </Button>
      </div>
    </form>
  );
}

interface SectionProps {
  form: Form;
  saved: EventSetup;
  announce: (message: string) => void;
  listErrors: Partial<Record<SetupList, string>>;
}

/** Rows that are used by sessions but no longer in the form: saving would be refused. */
function useRemovedInUse(form: Form, saved: EventSetup, list: SetupList) {
  const items = useWatch({ control: form.control, name: list }) as { id?: number }[] | undefined;
  const kept = new Set((items ?? []).map((item) => item.id));
  return saved[list]
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => row.sessionCount > 0 && !kept.has(row.id));
}

function ListSection({
  list,
  title,
  description,
  count,
  addLabel,
  onAdd,
  error,
  removedInUse,
  onPutBack,
  children,
}: {
  list: SetupList;
  title: string;
  description: string;
  count: number;
  addLabel: string;
  onAdd: () => void;
  error?: string;
  removedInUse: { row: { id: number; name: string; sessionCount: number }; index: number }[];
  onPutBack: (entry: { row: { id: number }; index: number }) => void;
  children: ReactNode;
}) {
  const headingId = `${list}-heading`;
  const label = SETUP_LISTS[list].label;
  return (
    <section aria-labelledby={headingId} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <div>
        <h2 id={headingId} className="text-lg font-semibold">
          {title}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{description}</p>
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
              <Button variant="secondary" className="px-2 py-1" onClick={() => onPutBack(entry)}>
                Put back &lsquo;{entry.row.name}&rsquo;
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {count ? (
        <ol className="space-y-3" aria-labelledby={headingId}>
          {children}
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
        onClick={onAdd}
      >
        {addLabel}
      </Button>
    </section>
  );
}

/** One entry's frame: its number, usage, the fields and the row buttons. */
function Row({
  number,
  usage,
  controls,
  children,
}: {
  number: number;
  usage?: number;
  controls: ReactNode;
  children: ReactNode;
}) {
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

/** Shared list behaviour: moving, removing and putting back with focus and announcements. */
function useListActions(list: SetupList, form: Form, saved: EventSetup, announce: (message: string) => void) {
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

function entryError(form: Form, list: SetupList, index: number, field: string): string | undefined {
  const entries = form.formState.errors[list] as Record<number, Record<string, { message?: string }> | undefined> | undefined;
  return entries?.[index]?.[field]?.message;
}

function TextInput({
  form,
  id,
  name,
  label,
  required,
  hint,
  error,
  ...props
}: {
  form: Form;
  id: string;
  name: FieldPath<EventSetupInput>;
  label: string;
  required?: boolean;
  hint?: string;
  error?: string;
} & Pick<InputHTMLAttributes<HTMLInputElement>, "type" | "inputMode" | "placeholder" | "autoComplete">) {
  return (
    <Field id={id} label={label} required={required} hint={hint} error={error}>
      <input
        id={id}
        type="text"
        className={inputClasses}
        aria-invalid={Boolean(error) || undefined}
        aria-describedby={describedBy(id, { hint, error })}
        aria-required={required || undefined}
        autoComplete="off"
        {...props}
        {...form.register(name)}
      />
    </Field>
  );
}

function TracksSection({ form, saved, announce, listErrors }: SectionProps) {
  const list = "tracks";
  const actions = useListActions(list, form, saved, announce);
  const removedInUse = useRemovedInUse(form, saved, list);
  return (
    <ListSection
      list={list}
      title="Tracks"
      description="Themes that group sessions; the color marks them on the schedule."
      count={actions.fields.length}
      addLabel="Add track"
      onAdd={() =>
        actions.onAppend({ name: "", color: TRACK_COLORS[actions.fields.length % TRACK_COLORS.length] ?? "#2563eb", description: "" })
      }
      error={listErrors.tracks}
      removedInUse={removedInUse}
      onPutBack={actions.onPutBack}
    >
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
          <div className="grid gap-3 sm:grid-cols-[1fr_12rem]">
            <TextInput
              form={form}
              id={`${list}-${index}-name`}
              name={`tracks.${index}.name`}
              label="Track name"
              required
              error={entryError(form, list, index, "name")}
            />
            <ColorField form={form} index={index} error={entryError(form, list, index, "color")} />
            <div className="sm:col-span-2">
              <TextInput
                form={form}
                id={`${list}-${index}-description`}
                name={`tracks.${index}.description`}
                label="Description"
                error={entryError(form, list, index, "description")}
              />
            </div>
          </div>
        </Row>
      ))}
    </ListSection>
  );
}

/** A native color picker plus the hex text it stands for (typing a hex is often quicker). */
function ColorField({ form, index, error }: { form: Form; index: number; error?: string }) {
  const name = `tracks.${index}.color` as const;
  const value = useWatch({ control: form.control, name }) ?? "";
  const id = `tracks-${index}-color`;
  const swatch = /^#[0-9a-f]{6}$/i.test(value) ? value.toLowerCase() : "#000000";
  return (
    <Field id={id} label="Color" required hint="#rrggbb" error={error}>
      <div className="flex items-center gap-2">
        <input
          type="color"
          aria-label={`Pick color for track ${index + 1}`}
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

function RoomsSection({ form, saved, announce, listErrors }: SectionProps) {
  const list = "microlocations";
  const actions = useListActions(list, form, saved, announce);
  const removedInUse = useRemovedInUse(form, saved, list);
  return (
    <ListSection
      list={list}
      title="Rooms"
      description="Where sessions take place, in the order the schedule shows them as columns."
      count={actions.fields.length}
      addLabel="Add room"
      onAdd={() => actions.onAppend({ name: "", floor: "", room: "" })}
      error={listErrors.microlocations}
      removedInUse={removedInUse}
      onPutBack={actions.onPutBack}
    >
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
          <div className="grid gap-3 sm:grid-cols-[1fr_8rem_10rem]">
            <TextInput
              form={form}
              id={`${list}-${index}-name`}
              name={`microlocations.${index}.name`}
              label="Room name"
              required
              error={entryError(form, list, index, "name")}
            />
            <TextInput
              form={form}
              id={`${list}-${index}-floor`}
              name={`microlocations.${index}.floor`}
              label="Floor"
              inputMode="numeric"
              error={entryError(form, list, index, "floor")}
            />
            <TextInput
              form={form}
              id={`${list}-${index}-room`}
              name={`microlocations.${index}.room`}
              label="Room number"
              error={entryError(form, list, index, "room")}
            />
          </div>
        </Row>
      ))}
    </ListSection>
  );
}

function SessionTypesSection({ form, saved, announce, listErrors }: SectionProps) {
  const list = "sessionTypes";
  const actions = useListActions(list, form, saved, announce);
  const removedInUse = useRemovedInUse(form, saved, list);
  return (
    <ListSection
      list={list}
      title="Session types"
      description="Formats such as talks or workshops, with the length a new session of that type gets."
      count={actions.fields.length}
      addLabel="Add session type"
      onAdd={() => actions.onAppend({ name: "", length: "00:30" })}
      error={listErrors.sessionTypes}
      removedInUse={removedInUse}
      onPutBack={actions.onPutBack}
    >
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
          <div className="grid gap-3 sm:grid-cols-[1fr_10rem]">
            <TextInput
              form={form}
              id={`${list}-${index}-name`}
              name={`sessionTypes.${index}.name`}
              label="Session type name"
              required
              error={entryError(form, list, index, "name")}
            />
            <TextInput
              form={form}
              id={`${list}-${index}-length`}
              name={`sessionTypes.${index}.length`}
              label="Length"
              required
              hint="Hours and minutes, HH:MM"
              placeholder="00:30"
              inputMode="numeric"
              error={entryError(form, list, index, "length")}
            />
          </div>
        </Row>
      ))}
    </ListSection>
  );
}

