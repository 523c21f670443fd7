import type { ErrorSource } from "../errors";
import { cleanRichText, safeHtml } from "../feeds/safe-html";
import { Prisma } from "../generated/prisma/client";
import { DocumentValidationError, type Issue } from "../jsonapi/errors";
import { builtInFields, type FormKind } from "./fields";
import { answersSchema, askedFields, buildFormSchema, effectiveForm, isBlank, publicAnswers, type FormDefinition, type FormSchemaOptions } from "./form-schema";

/**
 * The server side of a form check: a session's or speaker's input (the service's input, with
 * internal keys) checked against the event's form by the same schema the browser uses
 * (form-schema.ts), errors placed where the API and the forms show them.
 *
 * - Creating: every field the form asks for is checked.
 * - Changing (`stored` given): the result (stored values with the input over them) is checked,
 *   but only the fields the input changes are held against it. A required field cannot be
 *   cleared and a new answer must be valid, while a field that was already missing or an answer
 *   the form now words differently (a field made required or bounded later) does not block
 *   changes to other fields — as Open Event, whose forms check what one edits.
 *   `complex-field-values` is written whole: answers it leaves out are cleared.
 */

export interface FormCheckOptions extends FormSchemaOptions {
  /** The stored session or speaker, when the input changes it. */
  stored?: Record<string, unknown>;
}

export interface CheckedAnswers {
  /** The answers to store (blank ones dropped, rich text sanitized), null for none; undefined: unchanged. */
  answers?: Record<string, unknown> | null;
  /** The part anyone may see (`publicFieldValues`); undefined: unchanged. */
  publicAnswers?: Record<string, unknown> | null;
}

const asObject = (value: unknown): Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Where an issue at a path of the form's values lies for the API and the forms. */
function sourceOf(form: FormKind, path: readonly PropertyKey[]): ErrorSource {
  const parts = path.map((part) => (typeof part === "number" ? part : String(part)));
  const builtIn = builtInFields(form).find((field) => field.key === parts[0]);
  if (builtIn?.relationship && parts.length === 1) return { relationship: builtIn.relationship };
  return { field: parts.length === 1 ? (parts[0] as string) : parts };
}

/**
 * Checks `input` against the event's `form` (see above) and answers the custom answers to store;
 * throws DocumentValidationError with every refused field. Keys of `input` other than the form's
 * are not looked at.
 */
export function checkAgainstForm(definition: FormDefinition, form: FormKind, input: Record<string, unknown>, options: FormCheckOptions = {}): CheckedAnswers {
  const { stored } = options;
  const fields = effectiveForm(definition, form);
  const given = input.complexFieldValues !== undefined;
  const newAnswers = asObject(given ? input.complexFieldValues : stored?.complexFieldValues);
  const storedAnswers = asObject(stored?.complexFieldValues);

  // What the input changes: built-in keys it sets to another value, answers that differ.
  const changedKey = (key: string) => !stored || (input[key] !== undefined && !same(input[key], stored[key]));
  const changedAnswer = (id: string) => !stored || (given && !same(newAnswers[id], storedAnswers[id]));
  const kept: Record<string, unknown> = {};
  const checked: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(newAnswers)) (changedAnswer(id) ? checked : kept)[id] = value;

  const values = { ...(stored ?? {}), ...Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)), complexFieldValues: checked };
  const result = buildFormSchema(definition, form, options).safeParse(values);
  const issues: Issue[] = [];
  for (const issue of result.success ? [] : result.error.issues) {
    const [key, id] = issue.path;
    const held = key === "complexFieldValues" ? (id === undefined ? given || !stored : changedAnswer(String(id))) : changedKey(String(key));
    if (held) issues.push({ detail: issue.message, ...sourceOf(form, issue.path) });
  }
  if (issues.length) throw new DocumentValidationError(issues);
  if (stored && !given) return {};

  // Valid: the checked answers as the schema gives them (kept ones as stored), rich text made safe.
  const parsed = result.success ? result.data.complexFieldValues : checkedOutput(definition, form, checked, options);
  const answers: Record<string, unknown> = { ...kept, ...parsed };
  for (const field of fields) {
    const value = answers[field.fieldIdentifier];
    if (!field.isComplex || typeof value !== "string") continue;
    if (field.type === "richtextlink") answers[field.fieldIdentifier] = safeHtml(value);
    else if (field.type === "paragraph") answers[field.fieldIdentifier] = cleanRichText(value);
  }
  for (const [id, value] of Object.entries(answers)) if (isBlank(value)) delete answers[id];
  const toStore = Object.keys(answers).length ? answers : null;
  return { answers: toStore, publicAnswers: publicAnswers(toStore, definition, form) };
}

/**
 * The checked answers' output when the whole check failed only on fields the input leaves as
 * they were (which the answers schema does not see): the answers alone pass then.
 */
function checkedOutput(definition: FormDefinition, form: FormKind, checked: Record<string, unknown>, options: FormSchemaOptions): Record<string, unknown> {
  const fields = askedFields(definition, form, options).map((field) => ({ ...field, isRequired: false }));
  const result = answersSchema(fields).safeParse(checked);
  return result.success ? result.data : checked;
}

/** The identifiers whose answers differ between stored answers and new ones (none when no new ones are given). */
export function changedAnswers(stored: unknown, given: unknown): string[] {
  if (given === undefined) return [];
  const before = asObject(stored);
  const after = asObject(given);
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((id) => !same(before[id], after[id]));
}

/** The input keys a form check looks at: the built-in fields' and the answers. */
export function formKeys(form: FormKind): ReadonlySet<string> {
  return new Set([...builtInFields(form).map((field) => field.key), "complexFieldValues"]);
}

/**
 * The columns of a session's or speaker's write with its built-in rich-text fields (abstracts,
 * comments, biographies) cleaned as stored: markup through the public pages' allow-list, markup
 * without text as none (null); plain text and the other columns as they are.
 */
export function richTextColumns<T extends Record<string, unknown>>(form: FormKind, data: T): T {
  const cleaned: Record<string, unknown> = { ...data };
  for (const field of builtInFields(form)) {
    const value = cleaned[field.key];
    if (field.type === "paragraph" && typeof value === "string") cleaned[field.key] = cleanRichText(value) || null;
  }
  return cleaned as T;
}

const jsonColumn = (value: Record<string, unknown> | null | undefined) => (value ? (value as Prisma.InputJsonValue) : Prisma.DbNull);

/** The columns a write stores for checked answers (nothing when they are unchanged). */
export function answerColumns(checked: CheckedAnswers): { complexFieldValues?: Prisma.InputJsonValue | typeof Prisma.DbNull; publicFieldValues?: Prisma.InputJsonValue | typeof Prisma.DbNull } {
  if (checked.answers === undefined) return {};
  return { complexFieldValues: jsonColumn(checked.answers), publicFieldValues: jsonColumn(checked.publicAnswers) };
}
