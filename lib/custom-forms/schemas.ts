import { z } from "zod";
import { rowIdNumber } from "../jsonapi/input";
import { FIELD_TYPES, FORM_KINDS } from "./fields";

/**
 * Input contracts of custom forms, their options and the call for speakers (internal camelCase
 * keys; the JSON:API layer maps them to members and pointers). What a valid value is lives here;
 * the rules between fields and rows (fixed fields, duplicates, min ≤ max, options only for
 * choices) are the services' (rules.ts), so the single and the bulk writes share them.
 */

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Must be at most ${max.toLocaleString("en")} characters`)
    .nullish()
    .transform((value) => (value ? value : null));
const bound = z.number({ error: "Must be a whole number" }).int("Must be a whole number").min(-2_147_483_648).max(2_147_483_647).nullish();

export const formKindSchema = z.enum(FORM_KINDS, { error: "Must be session or speaker" });
export const fieldTypeSchema = z.string({ error: `Must be one of: ${FIELD_TYPES.join(", ")}` }).refine(
  (type) => (FIELD_TYPES as readonly string[]).includes(type),
  { message: `Unknown type; must be one of: ${FIELD_TYPES.join(", ")}` },
);
export const optionValueSchema = z.string({ error: "Value is required" }).trim().min(1, "Value is required").max(255, "Must be at most 255 characters");

const fieldFields = {
  fieldIdentifier: z.string({ error: "Field identifier is required" }).trim().min(1, "Field identifier is required").max(64, "Must be at most 64 characters"),
  form: formKindSchema,
  type: fieldTypeSchema,
  name: text(255),
  description: text(2_000),
  isRequired: z.boolean(),
  isIncluded: z.boolean(),
  isPublic: z.boolean(),
  position: z.number().int().min(0).max(1_000_000),
  min: bound,
  max: bound,
};

/** Defaults before validation (Open Event's `use_defaults` of its custom-form schema). */
export const customFormDefaults = { type: "text", isRequired: false, isIncluded: false, isPublic: false } as const;

export const createCustomFormSchema = z.object({
  ...z.object(fieldFields).partial().shape,
  fieldIdentifier: fieldFields.fieldIdentifier,
  form: fieldFields.form,
  /** The choices of a select or checkbox field, created with it (values, in order). */
  options: z.array(optionValueSchema).max(200, "At most 200 options").optional(),
});
export type CreateCustomFormInput = z.infer<typeof createCustomFormSchema>;

export const updateCustomFormSchema = z.object(fieldFields).partial();
export type UpdateCustomFormInput = z.infer<typeof updateCustomFormSchema>;

export const createCustomFormOptionSchema = z.object({
  value: optionValueSchema,
  position: z.number().int().min(0).max(1_000_000).optional(),
});
export type CreateCustomFormOptionInput = z.infer<typeof createCustomFormOptionSchema>;

export const updateCustomFormOptionSchema = createCustomFormOptionSchema.partial();
export type UpdateCustomFormOptionInput = z.infer<typeof updateCustomFormOptionSchema>;

/** One field of the builder's "save the whole form": a stored field by its identifier, or a new one. */
export const savedFieldSchema = z.object({
  /** A stored field's identifier; a new custom field may leave it out (it is made from the name). */
  fieldIdentifier: fieldFields.fieldIdentifier.optional(),
  type: fieldTypeSchema.optional(),
  name: fieldFields.name,
  description: fieldFields.description,
  isRequired: z.boolean().optional(),
  isIncluded: z.boolean().optional(),
  isPublic: z.boolean().optional(),
  min: bound,
  max: bound,
  options: z.array(optionValueSchema).max(200, "At most 200 options").optional(),
});
export type SavedFieldInput = z.infer<typeof savedFieldSchema>;

/**
 * The builder's save: every field of one form in the order to show them. Fields left out are
 * deleted (built-in ones cannot be), new ones are added; all in one transaction.
 */
export const saveFormSchema = z.object({
  form: formKindSchema,
  fields: z.array(savedFieldSchema).max(200, "At most 200 fields per form"),
});
export type SaveFormInput = z.infer<typeof saveFormSchema>;

const dateTime = z.coerce.date({ error: "Must be a date and time" });

export const speakersCallFields = {
  /** Rich text (HTML); stored sanitized. */
  announcement: z.string().max(50_000, "Must be at most 50,000 characters").nullish(),
  startsAt: dateTime,
  softEndsAt: dateTime.nullish(),
  endsAt: dateTime,
  privacy: z.enum(["public", "private"], { error: "Must be public or private" }),
  /**
   * The private link's secret. Open Event's frontend makes one (a UUID) when it creates the call;
   * without one the server makes it.
   */
  hash: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,128}$/, "Must be 16 to 128 letters, digits, - or _")
    .optional(),
};

export const speakersCallDefaults = { privacy: "public" } as const;

export const createSpeakersCallSchema = z.object({
  ...speakersCallFields,
  privacy: speakersCallFields.privacy.default(speakersCallDefaults.privacy),
});
export type CreateSpeakersCallInput = z.infer<typeof createSpeakersCallSchema>;

export const updateSpeakersCallSchema = z.object(speakersCallFields).partial();
export type UpdateSpeakersCallInput = z.infer<typeof updateSpeakersCallSchema>;

// The API's bodies: the row a new one belongs to is a relationship (`event`, `custom-form`); a
// PATCH may send it back unchanged (Ember Data sends the whole record), never another one.
const eventLinkage = z.number({ error: "Event is required" }).pipe(rowIdNumber);

/** `POST /v1/custom-forms`: a field and, as its relationship, the event. */
export const createCustomFormDocumentSchema = createCustomFormSchema.extend({ eventId: eventLinkage });
export const updateCustomFormDocumentSchema = updateCustomFormSchema.extend({ eventId: rowIdNumber.optional() });
/** `POST /v1/custom-forms/{id}/custom-form-options` (the field in the URL) or with the relationship `custom-form`. */
export const createCustomFormOptionDocumentSchema = createCustomFormOptionSchema.extend({ customFormId: rowIdNumber.optional() });
export const updateCustomFormOptionDocumentSchema = updateCustomFormOptionSchema.extend({ customFormId: rowIdNumber.optional() });
/** `POST /v1/speakers-calls`: the call and, as its relationship, the event. */
export const createSpeakersCallDocumentSchema = createSpeakersCallSchema.extend({ eventId: eventLinkage });
export const updateSpeakersCallDocumentSchema = updateSpeakersCallSchema.extend({ eventId: rowIdNumber.optional() });
