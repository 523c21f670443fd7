"use client";

import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from "@dnd-kit/core";
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { get, useFieldArray, useForm, useWatch, type Control, type FieldErrors, type UseFormRegister } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormAlert, showActionErrors } from "@/components/ui/form-errors";
import { saveFormAction } from "@/lib/custom-forms/actions";
import { BOUNDED_TYPES, builtInField, CHOICE_TYPES, FIELD_TYPES, type FormKind } from "@/lib/custom-forms/fields";
import type { FormField } from "@/lib/custom-forms/form-schema";
import { FormPreview } from "./form-preview";

/** One field as the builder edits it: bounds and options as typed (options one per line). */
export interface BuilderField {
  fieldIdentifier: string;
  name: string;
  type: string;
  description: string;
  isRequired: boolean;
  isIncluded: boolean;
  isPublic: boolean;
  isFixed: boolean;
  isComplex: boolean;
  min: string;
  max: string;
  options: string;
}

interface BuilderValues {
  fields: BuilderField[];
}

const TYPE_LABELS: Readonly<Record<string, string>> = {
  text: "Short text",
  paragraph: "Paragraph",
  richtextlink: "Rich text",
  email: "Email",
  url: "Web address",
  number: "Number",
  year: "Year",
  select: "Choice (one)",
  checkbox: "Choices (several)",
  boolean: "Yes / no",
  image: "Image upload",
  file: "File upload",
};

export const toBuilderField = (field: FormField): BuilderField => ({
  fieldIdentifier: field.fieldIdentifier,
  name: field.name,
  type: field.type,
  description: field.description ?? "",
  isRequired: field.isRequired,
  isIncluded: field.isIncluded,
  isPublic: field.isPublic,
  isFixed: field.isFixed,
  isComplex: field.isComplex,
  min: field.min === null ? "" : String(field.min),
  max: field.max === null ? "" : String(field.max),
  options: field.options.join("\n"),
});

const lines = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

/** A bound as typed: empty is none; anything else goes to the server as a number, which names what is wrong. */
const bound = (text: string) => (text.trim() === "" ? null : Number(text));

/** The builder's fields → the definition the preview and the schema read. */
export function toFormFields(form: FormKind, fields: readonly BuilderField[]): FormField[] {
  return fields.map((field, position) => ({
    ...field,
    form,
    // A new field has no identifier until it is saved; the preview needs one to name its answer.
    fieldIdentifier: field.fieldIdentifier || `new-field-${position + 1}`,
    name: field.name || "Untitled field",
    description: field.description || null,
    position,
    min: BOUNDED_TYPES.has(field.type) ? bound(field.min) : null,
    max: BOUNDED_TYPES.has(field.type) ? bound(field.max) : null,
    options: CHOICE_TYPES.has(field.type) ? lines(field.options) : [],
  }));
}

/** The save action's input: built-in fields by identifier with their switches, custom ones whole. */
function toSaveInput(form: FormKind, fields: readonly BuilderField[]) {
  return {
    form,
    fields: fields.map((field) =>
      field.isComplex
        ? {
            fieldIdentifier: field.fieldIdentifier || undefined,
            name: field.name,
            type: field.type,
            description: field.description.trim() || null,
            isIncluded: field.isIncluded,
            isRequired: field.isRequired,
            isPublic: field.isPublic,
            min: BOUNDED_TYPES.has(field.type) ? bound(field.min) : null,
            max: BOUNDED_TYPES.has(field.type) ? bound(field.max) : null,
            options: CHOICE_TYPES.has(field.type) ? lines(field.options) : [],
          }
        : { fieldIdentifier: field.fieldIdentifier, isIncluded: field.isIncluded, isRequired: field.isRequired, isPublic: field.isPublic },
    ),
  };
}

/** A server message's builder field: an option's refusal belongs to the options box. */
function builderFieldOf(name: string): string | undefined {
  const match = /^fields\.(\d+)\.(name|type|description|isRequired|isIncluded|isPublic|min|max|options|fieldIdentifier)(\.\d+)?$/.exec(name);
  if (!match) return undefined;
  // Switches and the identifier have no box of their own: the message goes under the name.
  const key = ["isRequired", "isIncluded", "isPublic", "fieldIdentifier"].includes(match[2]!) ? "name" : match[2];
  return `fields.${match[1]}.${key}`;
}

const errorOf = (errors: FieldErrors<BuilderValues>, name: string) => (get(errors, name) as { message?: string } | undefined)?.message;

/** A labelled switch (a checkbox with the switch role), disabled with its reason when it cannot change. */
function Switch({ id, label, disabled, registration }: { id: string; label: string; disabled?: boolean; registration: ReturnType<UseFormRegister<BuilderValues>> }) {
  return (
    <label htmlFor={id} className={`flex items-center gap-2 text-sm ${disabled ? "text-slate-500" : "text-slate-800"}`}>
      <input id={id} type="checkbox" role="switch" className="size-4 accent-brand-600" disabled={disabled} {...registration} />
      {label}
    </label>
  );
}

/** A custom field's settings, opened under its row. */
function FieldSettings({ index, prefix, register, control, errors }: { index: number; prefix: string; register: UseFormRegister<BuilderValues>; control: Control<BuilderValues>; errors: FieldErrors<BuilderValues> }) {
  const type = useWatch({ control, name: `fields.${index}.type` });
  const at = (key: keyof BuilderField) => `fields.${index}.${key}` as const;
  return (
    <div className="mt-3 grid gap-3 border-t border-slate-100 pt-3 sm:grid-cols-2">
      <TextField id={`${prefix}-name`} label="Name" required error={errorOf(errors, at("name"))} registration={register(at("name"))} />
      <SelectField
        id={`${prefix}-type`}
        label="Type"
        error={errorOf(errors, at("type"))}
        registration={register(at("type"))}
        choices={FIELD_TYPES.map((value) => ({ id: value, name: TYPE_LABELS[value] ?? value }))}
      />
      <div className="sm:col-span-2">
        <TextField id={`${prefix}-description`} label="Description" hint="Shown under the field." rows={2} error={errorOf(errors, at("description"))} registration={register(at("description"))} />
      </div>
      {CHOICE_TYPES.has(type) ? (
        <div className="sm:col-span-2">
          <TextField id={`${prefix}-options`} label="Options" hint="One per line, in order." rows={4} error={errorOf(errors, at("options"))} registration={register(at("options"))} />
        </div>
      ) : null}
      {BOUNDED_TYPES.has(type) ? (
        <>
          <TextField id={`${prefix}-min`} label="Minimum" inputMode="numeric" error={errorOf(errors, at("min"))} registration={register(at("min"))} />
          <TextField id={`${prefix}-max`} label="Maximum" inputMode="numeric" error={errorOf(errors, at("max"))} registration={register(at("max"))} />
        </>
      ) : null}
    </div>
  );
}

interface RowProps {
  id: string;
  index: number;
  count: number;
  field: BuilderField;
  form: FormKind;
  open: boolean;
  onToggle: () => void;
  onMove: (to: number) => void;
  onDelete: () => void;
  register: UseFormRegister<BuilderValues>;
  control: Control<BuilderValues>;
  errors: FieldErrors<BuilderValues>;
}

/** One field of the list: drag handle, name and type, switches, move and edit buttons. */
function FieldRow({ id, index, count, field, form, open, onToggle, onMove, onDelete, register, control, errors }: RowProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id });
  const included = useWatch({ control, name: `fields.${index}.isIncluded` });
  const name = useWatch({ control, name: `fields.${index}.name` }) || "Untitled field";
  const type = useWatch({ control, name: `fields.${index}.type` });
  const prefix = `${form}-field-${id}`;
  const nameError = errorOf(errors, `fields.${index}.name`);
  const rowError = nameError && !open ? nameError : undefined;
  const privateBuiltIn = !field.isComplex && !builtInField(form, field.fieldIdentifier)?.isPublic;
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      aria-label={name}
      className={`rounded-md border bg-white p-3 ${isDragging ? "relative z-10 border-brand-400 shadow-md" : "border-slate-200"} ${included ? "" : "bg-slate-50"}`}
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <button
          type="button"
          ref={setActivatorNodeRef}
          {...attributes}
          {...listeners}
          aria-label={`Drag ${name}`}
          className="cursor-grab touch-none rounded px-1 text-slate-500 hover:text-slate-800 focus-visible:outline-2"
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <div className="min-w-0 flex-1">
          <p className="break-words font-medium text-slate-900">{name}</p>
          <p className="text-xs text-slate-500">
            {TYPE_LABELS[type] ?? type}
            {field.isComplex ? " · custom" : " · built-in"}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
          <Switch id={`${prefix}-included`} label="Included" disabled={field.isFixed} registration={register(`fields.${index}.isIncluded`)} />
          <Switch id={`${prefix}-required`} label="Required" disabled={field.isFixed || !included} registration={register(`fields.${index}.isRequired`)} />
          <Switch id={`${prefix}-public`} label="Public" disabled={privateBuiltIn} registration={register(`fields.${index}.isPublic`)} />
        </div>
        <div className="flex flex-wrap gap-1">
          <Button variant="secondary" className="px-2 py-1" aria-label={`Move ${name} up`} disabled={index === 0} onClick={() => onMove(index - 1)}>
            ↑
          </Button>
          <Button variant="secondary" className="px-2 py-1" aria-label={`Move ${name} down`} disabled={index === count - 1} onClick={() => onMove(index + 1)}>
            ↓
          </Button>
          {field.isComplex ? (
            <>
              <Button variant="secondary" className="px-2 py-1" aria-expanded={open} aria-controls={`${prefix}-settings`} onClick={onToggle}>
                {open ? "Close" : "Edit"}
                <span className="sr-only"> {name}</span>
              </Button>
              <Button variant="secondary" className="px-2 py-1" onClick={onDelete}>
                Delete<span className="sr-only"> {name}</span>
              </Button>
            </>
          ) : null}
        </div>
      </div>
      {field.isFixed ? <p className="mt-1 text-xs text-slate-500">Always included and required: every {form} needs it.</p> : null}
      {privateBuiltIn ? <p className="mt-1 text-xs text-slate-500">Never shown to the public, whatever the form says.</p> : null}
      {rowError ? (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {rowError}
        </p>
      ) : null}
      {field.isComplex && open ? (
        <div id={`${prefix}-settings`}>
          <FieldSettings index={index} prefix={prefix} register={register} control={control} errors={errors} />
        </div>
      ) : null}
    </li>
  );
}

/** `openKey` of the row just added (its key is made by useFieldArray on the next render). */
const LAST = "__last__";

const newField = (): BuilderField => ({
  fieldIdentifier: "",
  name: "",
  type: "text",
  description: "",
  isRequired: false,
  isIncluded: true,
  isPublic: false,
  isFixed: false,
  isComplex: true,
  min: "",
  max: "",
  options: "",
});

/**
 * One of the event's forms in the builder: its fields in order (drag them, or move them with the
 * buttons or the keyboard: Space on a handle picks it up, the arrows move it, Space drops it),
 * the built-in ones switched in or out, custom ones added, edited and deleted, and a live preview
 * of the form as speakers will see it. "Save" stores the whole form in one transaction; refusals
 * show beside their fields.
 */
export function FormEditor({
  eventId,
  form,
  initial,
  otherForm,
  tracks,
  types,
  onDirtyChange,
}: {
  eventId: string;
  form: FormKind;
  initial: readonly FormField[];
  /** The other form's stored fields, for the preview's other half. */
  otherForm: readonly FormField[];
  tracks: readonly { id: number; name: string }[];
  types: readonly { id: number; name: string; length: string }[];
  onDirtyChange: (dirty: boolean) => void;
}) {
  const router = useRouter();
  const headingId = useId();
  const [status, setStatus] = useState("");
  const [openKey, setOpenKey] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<BuilderValues>({ defaultValues: { fields: initial.map(toBuilderField) } });
  const { fields, move, append, remove } = useFieldArray({ control, name: "fields", keyName: "key" });
  const values = useWatch({ control, name: "fields" });
  useEffect(() => onDirtyChange(isDirty), [isDirty, onDirtyChange]);

  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const nameOf = (id: UniqueIdentifier) => {
    const index = fields.findIndex((field) => field.key === id);
    return values[index]?.name || "Untitled field";
  };
  const positionOf = (id: UniqueIdentifier | undefined) => fields.findIndex((field) => field.key === id) + 1;
  // dnd-kit reports the picked-up field over its own place right after the pick-up; announcing
  // that would replace "Picked up …" in the live region before a screen reader reads it.
  const justPicked = useRef(false);
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      justPicked.current = true;
      return `Picked up ${nameOf(active.id)}, position ${positionOf(active.id)} of ${fields.length}.`;
    },
    onDragOver: ({ active, over }) => {
      const unmoved = justPicked.current && over?.id === active.id;
      justPicked.current = false;
      if (unmoved) return undefined;
      return over ? `${nameOf(active.id)} is over position ${positionOf(over.id)} of ${fields.length}.` : `${nameOf(active.id)} is no longer over the list.`;
    },
    onDragEnd: ({ active, over }) => (over ? `Dropped ${nameOf(active.id)} at position ${positionOf(over.id)} of ${fields.length}.` : `Dropped ${nameOf(active.id)}.`),
    onDragCancel: ({ active }) => `Moving ${nameOf(active.id)} was cancelled.`,
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    move(positionOf(active.id) - 1, positionOf(over.id) - 1);
  };

  const [moved, setMoved] = useState("");
  const moveTo = (from: number, to: number) => {
    move(from, to);
    setMoved(`${values[from]?.name || "Untitled field"} moved to position ${to + 1} of ${fields.length}.`);
  };

  const onSubmit = async ({ fields: current }: BuilderValues) => {
    setStatus("");
    const result = await saveFormAction(eventId, toSaveInput(form, current));
    if (result.ok) {
      reset({ fields: result.data.fields.map(toBuilderField) });
      setOpenKey(null);
      setStatus("Saved.");
      router.refresh();
      return;
    }
    // Open the custom fields the server refused, so that each message is beside its box.
    const refused = Object.keys(result.fieldErrors)
      .map((name) => /^fields\.(\d+)\./.exec(name)?.[1])
      .filter((index): index is string => index !== undefined);
    const first = refused.map(Number).find((index) => current[index]?.isComplex);
    if (first !== undefined) setOpenKey(fields[first]?.key ?? null);
    // Wait for the settings to render before the messages (and the focus) go to their boxes.
    setTimeout(() => showActionErrors(result, setError, builderFieldOf), 0);
  };

  const definition = [...toFormFields(form, values), ...otherForm];

  return (
    <div className="grid min-w-0 gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <form onSubmit={handleSubmit(onSubmit)} noValidate className="min-w-0 space-y-4" aria-labelledby={headingId}>
        <h2 id={headingId} className="text-base font-semibold">
          {form === "session" ? "Session form" : "Speaker form"} fields
        </h2>
        <FormAlert message={errors.root?.server?.message} />
        <DndContext
          // A fixed id: dnd-kit's counter-made one differs between the server's render and the
          // browser's, which left the handles' aria-describedby pointing at nothing.
          id={`${form}-fields`}
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{
            announcements,
            screenReaderInstructions: {
              draggable: "To move a field, press Space, then the up and down arrows, then Space again to drop it or Escape to cancel.",
            },
          }}
        >
          <SortableContext items={fields.map((field) => field.key)} strategy={verticalListSortingStrategy}>
            <ol className="space-y-2" aria-label={`${form === "session" ? "Session" : "Speaker"} form fields`}>
              {fields.map((field, index) => (
                <FieldRow
                  key={field.key}
                  id={field.key}
                  index={index}
                  count={fields.length}
                  field={field}
                  form={form}
                  open={openKey === field.key || (openKey === LAST && index === fields.length - 1)}
                  onToggle={() => setOpenKey(openKey === field.key || (openKey === LAST && index === fields.length - 1) ? null : field.key)}
                  onMove={(to) => moveTo(index, to)}
                  onDelete={() => remove(index)}
                  register={register}
                  control={control}
                  errors={errors}
                />
              ))}
            </ol>
          </SortableContext>
        </DndContext>
        <p role="status" aria-live="polite" className="sr-only">
          {moved}
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <Button
            variant="secondary"
            onClick={() => {
              append(newField(), { focusName: `fields.${fields.length}.name` });
              setOpenKey(LAST);
            }}
          >
            Add a field
          </Button>
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? "Saving…" : `Save the ${form} form`}
          </Button>
          <span role="status" className="text-sm text-slate-600">
            {status}
          </span>
        </div>
      </form>
      <FormPreview key={JSON.stringify(definition)} form={form} definition={definition} tracks={tracks} types={types} />
    </div>
  );
}
