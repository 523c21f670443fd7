import { builtInField, builtInFields, CHOICE_TYPES, FIELD_IDENTIFIER_PATTERN, FORM_KINDS, isFieldType, type FormKind } from "../custom-forms/fields";
import { Prisma } from "../generated/prisma/client";

/*
 * The forms of an archive → the new event's form fields. Our JSON zip and Open Event's export
 * list fields as rows; Open Event's legacy samples give each form as a JSON string of
 * `{name: {include, require}}`. Either way a built-in field becomes the column's field (its
 * type, fixed fields always asked for), other fields custom ones, and every built-in field the
 * archive lacks is added with its default settings, so the event's forms are complete. What
 * cannot be kept is said in the import's `skipped` list.
 */

/** A field as the import writes it, with its option values in order. */
export type PlannedFormField = Omit<Prisma.CustomFormCreateManyInput, "id" | "eventId" | "createdAt"> & {
  form: FormKind;
  fieldIdentifier: string;
  options: string[];
};

/** Open Event's older names of four built-in fields. */
const ALIASES: Record<FormKind, Record<string, string>> = {
  session: { slides: "slidesUrl", video: "videoUrl", audio: "audioUrl" },
  speaker: { photo: "photoUrl" },
};

/** Columns of sessions and speakers that the forms do not ask for: a legacy field naming one has nowhere to go. */
const COLUMNS: Record<FormKind, ReadonlySet<string>> = {
  session: new Set(Object.keys(Prisma.SessionScalarFieldEnum)),
  speaker: new Set(Object.keys(Prisma.SpeakerScalarFieldEnum)),
};

const camel = (identifier: string) => identifier.replace(/[-_]+([a-z0-9])/g, (_, char: string) => char.toUpperCase());

function humanize(identifier: string): string {
  const words = identifier.replace(/[-_]+/g, " ").replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The field an identifier of the archive names in this server's forms (an older name → the built-in's). */
const identifierOf = (form: FormKind, identifier: string) => ALIASES[form][identifier] ?? identifier;

/** A row of a `forms` file (ours or Open Event's export), already checked by its schema. */
export interface FormRow {
  form: FormKind;
  field_identifier: string;
  name: string;
  type?: string | null;
  is_required?: boolean | null;
  is_included?: boolean | null;
  position?: number | null;
  description?: string | null;
  is_public?: boolean | null;
  min?: number | null;
  max?: number | null;
  options?: unknown;
}

/** Option values of a row: strings, or objects with a string `value` (Open Event's options). */
function optionValues(options: unknown): string[] {
  if (!Array.isArray(options)) return [];
  const values = options
    .map((option) => (typeof option === "string" ? option : typeof option === "object" && option && "value" in option ? (option as { value: unknown }).value : undefined))
    .filter((value): value is string => typeof value === "string")
    .map((value) => value.trim())
    .filter((value) => value && value.length <= 255);
  return [...new Set(values)];
}

/** A field of a `forms` row; `label` names it in messages (`forms: item 3 (id 12)`). */
export function formFieldFromRow(row: FormRow, index: number, label: string, skipped: string[]): PlannedFormField {
  const fieldIdentifier = identifierOf(row.form, row.field_identifier);
  const builtIn = builtInField(row.form, fieldIdentifier);
  let type = builtIn?.type ?? row.type ?? "text";
  if (!isFieldType(type)) {
    skipped.push(`${label}: type "${type}" is not a field type of this server; imported as text`);
    type = "text";
  }
  let options = optionValues(row.options);
  if (options.length && !CHOICE_TYPES.has(type)) {
    skipped.push(`${label}: a ${type} field has no options; its options were not imported`);
    options = [];
  }
  let { min = null, max = null } = row;
  if (min !== null && max !== null && min > max) {
    skipped.push(`${label}: min ${min} is more than max ${max}; the bounds were not imported`);
    min = max = null;
  }
  const fixed = builtIn?.isFixed ?? false;
  return {
    form: row.form,
    fieldIdentifier,
    name: row.name,
    type,
    isRequired: (row.is_required ?? false) || fixed,
    isIncluded: (row.is_included ?? false) || fixed,
    isFixed: fixed,
    position: row.position ?? index,
    description: row.description ?? null,
    isPublic: row.is_public ?? false,
    isComplex: !builtIn,
    min,
    max,
    options,
  };
}

/**
 * The fields of a legacy form string (`{"short-abstract": {"require": 0, "include": 1}, …}`).
 * A name of a column the forms do not ask for, or one that cannot be an identifier, is skipped.
 */
export function formFieldsFromLegacy(
  form: FormKind,
  fields: Record<string, { require?: number | boolean; include?: number | boolean }>,
  label: string,
  skipped: string[],
): PlannedFormField[] {
  const planned: PlannedFormField[] = [];
  Object.entries(fields).forEach(([name, settings], position) => {
    const fieldIdentifier = identifierOf(form, camel(name));
    const builtIn = builtInField(form, fieldIdentifier);
    if (!builtIn && (COLUMNS[form].has(fieldIdentifier) || !FIELD_IDENTIFIER_PATTERN.test(fieldIdentifier))) {
      const why = COLUMNS[form].has(fieldIdentifier) ? `is not a field of this server's ${form} form` : "cannot be a field identifier";
      skipped.push(`${label}: "${name}" ${why}; not imported`);
      return;
    }
    const fixed = builtIn?.isFixed ?? false;
    planned.push({
      form,
      fieldIdentifier,
      name: builtIn?.name ?? humanize(name),
      type: builtIn?.type ?? "text",
      isRequired: Boolean(settings.require) || fixed,
      isIncluded: Boolean(settings.include) || fixed,
      isFixed: fixed,
      position,
      description: null,
      isPublic: builtIn?.isPublic ?? false,
      isComplex: !builtIn,
      min: null,
      max: null,
      options: [],
    });
  });
  return planned;
}

/** The archive's fields and, after them, the built-in fields it lacks with their default settings. */
export function completeForms(fields: readonly PlannedFormField[]): PlannedFormField[] {
  const complete = [...fields];
  for (const form of FORM_KINDS) {
    const present = new Set(fields.filter((field) => field.form === form).map((field) => field.fieldIdentifier));
    let position = Math.max(-1, ...fields.filter((field) => field.form === form).map((field) => field.position ?? 0)) + 1;
    for (const builtIn of builtInFields(form)) {
      if (present.has(builtIn.fieldIdentifier)) continue;
      complete.push({
        form,
        fieldIdentifier: builtIn.fieldIdentifier,
        name: builtIn.name,
        type: builtIn.type,
        isRequired: builtIn.isRequired,
        isIncluded: builtIn.isIncluded,
        isFixed: builtIn.isFixed,
        position: position++,
        description: null,
        isPublic: builtIn.isPublic,
        isComplex: false,
        min: null,
        max: null,
        options: [],
      });
    }
  }
  return complete;
}
