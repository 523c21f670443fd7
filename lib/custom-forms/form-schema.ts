import { z } from "zod";
import { httpUrl, sitePath } from "../content/fields";
import { isBlankRichText } from "../feeds/plain-text-html";
import { builtInField, builtInFields, type FormKind } from "./fields";

/**
 * The one schema of a session or speaker form, built from the event's form definition. The
 * server checks every write with it (lib/custom-forms/check-answers.ts) and the browser gives it
 * to react-hook-form, so a form and the API refuse the same input with the same words. Imported
 * by client components: zod and the field vocabulary only, no server modules.
 */

/** One field of a form as the builder reads it: a custom-form row with its options' values. */
export interface FormField {
  form: FormKind;
  fieldIdentifier: string;
  name: string;
  type: string;
  description?: string | null;
  isRequired: boolean;
  isIncluded: boolean;
  isPublic: boolean;
  isFixed: boolean;
  isComplex: boolean;
  position: number;
  min: number | null;
  max: number | null;
  /** A select or checkbox field's choices (their values), in order. */
  options: readonly string[];
}

/** Both forms of an event, or one of them. */
export type FormDefinition = readonly FormField[];

export interface FormSchemaOptions {
  /**
   * Who fills the form: `speaker` leaves out what only organizers write (a session's comments),
   * which a speaker's form never asks for. Default `organizer`.
   */
  audience?: "organizer" | "speaker";
}

/** Longest answer of each text-like type, in characters. */
export const TEXT_LIMITS: Readonly<Record<string, number>> = {
  text: 255,
  email: 255,
  paragraph: 10_000,
  richtextlink: 10_000,
  url: 2_048,
  image: 2_048,
  file: 2_048,
};

/** Nothing given: what a form's empty input, a cleared field or an absent key mean alike. */
export const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === "string" && !value.trim()) || (Array.isArray(value) && value.length === 0);

/** The types whose answers are rich text (HTML from the forms' editors, or plain text). */
export const RICH_TEXT_TYPES: ReadonlySet<string> = new Set(["paragraph", "richtextlink"]);

/** No answer to this field: blank, and for rich text also markup without text (an emptied editor's `<p></p>`). */
export const isBlankAnswer = (field: Pick<FormField, "type">, value: unknown): boolean =>
  isBlank(value) || (RICH_TEXT_TYPES.has(field.type) && typeof value === "string" && isBlankRichText(value));

/**
 * The form as the event's organizers set it. A field the definition does not list is not asked
 * for (the API shows the public the included fields only), except the fixed fields, which are
 * always included and required, listed or not; and whether a field is built-in is decided by the
 * catalogue (lib/custom-forms/fields.ts), whatever a row says.
 */
export function effectiveForm(definition: FormDefinition, form: FormKind): FormField[] {
  const rows = definition.filter((field) => field.form === form);
  const present = new Set(rows.map((field) => field.fieldIdentifier));
  const fields = rows.map((field): FormField => {
    const builtIn = builtInField(form, field.fieldIdentifier);
    if (!builtIn) return { ...field, isComplex: true, isFixed: false };
    const fixed = builtIn.isFixed;
    return { ...field, type: builtIn.type, isComplex: false, isFixed: fixed, isIncluded: field.isIncluded || fixed, isRequired: field.isRequired || fixed };
  });
  for (const builtIn of builtInFields(form)) {
    if (present.has(builtIn.fieldIdentifier) || !builtIn.isFixed) continue;
    const { key: _key, relationship: _relationship, organizerOnly: _organizerOnly, ...row } = builtIn;
    fields.push({ ...row, description: null, isComplex: false, position: fields.length, min: null, max: null, options: [] });
  }
  return fields;
}

/** The fields a form asks for, in order: the included ones (without organizer-only fields for speakers). */
export function askedFields(definition: FormDefinition, form: FormKind, options: FormSchemaOptions = {}): FormField[] {
  return effectiveForm(definition, form)
    .filter((field) => field.isIncluded && !(options.audience === "speaker" && builtInField(form, field.fieldIdentifier)?.organizerOnly))
    .sort((a, b) => a.position - b.position);
}

const required = (field: FormField) => `${field.name} is required`;

const trimmed = (max: number) => z.string({ error: "Must be text" }).trim().max(max, `Must be at most ${max.toLocaleString("en")} characters`);

/** A whole number or a decimal one, from JSON or from a form's text input. */
const numeric = z.union([
  z.number({ error: "Must be a number" }),
  z
    .string()
    .trim()
    .regex(/^[-+]?(\d+\.?\d*|\.\d+)$/, "Must be a number")
    .transform(Number),
]);

function bounded<T extends z.ZodType<number>>(schema: T, field: FormField) {
  return schema
    .refine((value) => Number.isFinite(value), "Must be a number")
    .refine((value) => field.min === null || value >= field.min, `Must be at least ${field.min}`)
    .refine((value) => field.max === null || value <= field.max, `Must be at most ${field.max}`);
}

/** What a non-blank answer of the field must be, by its type. */
function valueSchema(field: FormField): z.ZodType {
  const limit = TEXT_LIMITS[field.type] ?? TEXT_LIMITS.text!;
  switch (field.type) {
    case "email":
      return trimmed(limit).pipe(z.email("Must be an email address"));
    case "url":
      return trimmed(limit).pipe(httpUrl);
    case "image":
    case "file":
      // What the upload API answers: an https URL, or a path on this site when stored locally.
      return trimmed(limit).pipe(z.union([z.url({ protocol: /^https?$/ }), sitePath], { error: "Must be an http(s) URL or a path on this site" }));
    case "number":
      return bounded(numeric, field);
    case "year":
      return bounded(
        numeric.refine((value) => Number.isInteger(value) && value >= 1000 && value <= 9999, "Must be a year (four digits)"),
        field,
      );
    case "boolean":
      return z.union([z.boolean(), z.enum(["true", "false"]).transform((value) => value === "true")], { error: "Must be yes or no" });
    case "select":
      return z.string({ error: "Pick one of the options" }).refine((value) => field.options.includes(value), {
        message: field.options.length ? `Must be one of: ${field.options.join(", ")}` : "This field has no options yet",
      });
    case "checkbox":
      return z
        .union([z.array(z.string({ error: "Pick from the options" })), z.string().transform((value) => [value])], { error: "Pick from the options" })
        .refine((values) => values.every((value) => field.options.includes(value)), {
          message: field.options.length ? `Must be among: ${field.options.join(", ")}` : "This field has no options yet",
        })
        .refine((values) => new Set(values).size === values.length, "Each option at most once");
    default:
      return trimmed(limit);
  }
}

/**
 * The schema of one custom answer: blank is no answer (an error when the field is required),
 * anything else must be a valid value of the field's type. The output is the value as stored
 * (trimmed text, numbers as numbers, a checkbox's choices as a list), or undefined for none.
 */
export function answerSchema(field: FormField): z.ZodType<unknown> {
  const value = valueSchema(field);
  return z.unknown().transform((input, ctx) => {
    if (isBlankAnswer(field, input)) {
      if (field.isRequired) ctx.addIssue({ code: "custom", message: required(field) });
      return undefined;
    }
    const result = value.safeParse(input);
    if (result.success) return result.data;
    for (const issue of result.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
    return z.NEVER;
  });
}

const NOT_ASKED = "This field is not part of the form";

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The answers to the custom fields a form asks for, keyed by field identifier: each checked by
 * its field, an answer to anything else refused at its own key (a blank one is ignored, as a
 * form's empty input). The output holds the given answers only.
 */
export function answersSchema(fields: readonly FormField[]): z.ZodType<Record<string, unknown>> {
  const custom = fields.filter((field) => field.isComplex).map((field) => [field, answerSchema(field)] as const);
  const asked = new Set(custom.map(([field]) => field.fieldIdentifier));
  // Optional: a form without custom fields may leave the answers out.
  return z.unknown().optional().transform((input, ctx) => {
    const answers = input === null || input === undefined ? {} : input;
    if (!isPlainObject(answers)) {
      ctx.addIssue({ code: "custom", message: "Must be an object of answers keyed by field identifier" });
      return z.NEVER;
    }
    const output: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(answers)) {
      if (!asked.has(key) && !isBlank(value)) ctx.addIssue({ code: "custom", message: NOT_ASKED, path: [key] });
    }
    for (const [field, schema] of custom) {
      const result = schema.safeParse(answers[field.fieldIdentifier]);
      if (!result.success) {
        for (const issue of result.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: [field.fieldIdentifier, ...issue.path] });
      } else if (result.data !== undefined) {
        output[field.fieldIdentifier] = result.data;
      }
    }
    return output;
  });
}

/** Output of a form schema: the input's other keys as they were, the answers as stored. */
export type FormValues = Record<string, unknown> & { complexFieldValues: Record<string, unknown> };

/**
 * The zod schema of an event's session or speaker form (`definition`: the event's custom-form
 * rows with their options, as `findCustomForms` answers them or the API lists them):
 *
 * - each included required built-in field must be given, under the key of the session's or
 *   speaker's input (`slidesUrl`, `trackId`); its value is checked by that input's own schema;
 * - `complexFieldValues` holds the answers to the included custom fields, keyed by field
 *   identifier and checked by type (lengths, e-mail, URL, number and year within min/max,
 *   option values, yes/no); a required one must be answered; excluded and unknown fields are
 *   not asked for;
 * - other keys pass through unchanged.
 *
 * Issues are at `[<key>]` and `["complexFieldValues", <identifier>]`, as react-hook-form names
 * the fields; the server turns them into `/data/attributes/slides-url` and
 * `/data/attributes/complex-field-values/<identifier>`.
 */
export function buildFormSchema(definition: FormDefinition, form: FormKind, options: FormSchemaOptions = {}): z.ZodType<FormValues> {
  const fields = askedFields(definition, form, options);
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) {
    const builtIn = builtInField(form, field.fieldIdentifier);
    if (!builtIn || !field.isRequired) continue;
    shape[builtIn.key] = z.unknown().superRefine((value, ctx) => {
      if (isBlankAnswer(field, value)) ctx.addIssue({ code: "custom", message: required(field) });
    });
  }
  const requiredKeys = Object.keys(shape);
  shape.complexFieldValues = answersSchema(fields);
  // zod skips the checks of absent keys: an absent required field is given as null, and refused.
  const present = (values: unknown) =>
    isPlainObject(values) ? { ...values, ...Object.fromEntries(requiredKeys.filter((key) => values[key] === undefined).map((key) => [key, null])) } : values;
  return z.preprocess(present, z.object(shape).loose()) as unknown as z.ZodType<FormValues>;
}

/** The custom fields whose answers anyone may see: included and public. */
export function publicFieldIdentifiers(definition: FormDefinition, form: FormKind): ReadonlySet<string> {
  return new Set(
    effectiveForm(definition, form)
      .filter((field) => field.isComplex && field.isIncluded && field.isPublic)
      .map((field) => field.fieldIdentifier),
  );
}

/**
 * The answers anyone may see: those to included, public custom fields. Null when there are none,
 * as the `publicFieldValues` column holds it (lib/custom-forms/public-answers.ts keeps the rule
 * in SQL too).
 */
export function publicAnswers(answers: unknown, definition: FormDefinition, form: FormKind): Record<string, unknown> | null {
  if (typeof answers !== "object" || answers === null || Array.isArray(answers)) return null;
  const shown = publicFieldIdentifiers(definition, form);
  const entries = Object.entries(answers).filter(([key]) => shown.has(key));
  return entries.length ? Object.fromEntries(entries) : null;
}
