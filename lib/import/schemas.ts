import { DateTime, IANAZone } from "luxon";
import { z } from "zod";

/*
 * One zod schema per file of an import archive. Both formats go through them: our own JSON
 * export (snake_case keys) and Open Event's legacy samples, which convert-legacy.ts turns into
 * the same shape first (`starts-at` and `starts_at` are one field). Messages are the
 * tail of a sentence — the reader prefixes the file, the item and the field:
 * `sessions: item 12 (id 345): "starts-at" must be a date-time with an offset`.
 *
 * "" in a date, number or boolean field reads as null (legacy files write it for "no value").
 * Strings are otherwise kept exactly (a round trip must give the same text back).
 */

const blank = (value: unknown) => value === "" || value === undefined;

/** Old ids: numbers, or numeric strings (PyCon 2017's microlocation references). Kept as strings. */
export const idSchema = z.preprocess(
  (value) => (typeof value === "number" && Number.isInteger(value) ? String(value) : typeof value === "string" ? value.trim() : value),
  z.string({ error: "must be an id (a whole number)" }).regex(/^\d{1,18}$/, { error: "must be an id (a whole number)" }),
);

const text = z.string({ error: "must be a string" }).nullable().optional();
const requiredText = z.string({ error: "must be a string" });
const bool = z.preprocess((value) => (blank(value) ? null : value), z.boolean({ error: "must be true or false" }).nullable()).optional();
const number = z.preprocess(
  (value) => (blank(value) ? null : typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value),
  z.number({ error: "must be a number" }).finite({ error: "must be a number" }).nullable(),
).optional();
const integer = z.preprocess(
  (value) => (blank(value) ? null : typeof value === "string" && /^-?\d+$/.test(value.trim()) ? Number(value) : value),
  z.number({ error: "must be a whole number" }).int({ error: "must be a whole number" }).nullable(),
).optional();

/** An instant: ISO 8601 with an offset or `Z` (a local time would be ambiguous). */
export const dateTimeSchema = z.preprocess(
  (value) => (blank(value) ? null : value),
  z
    .string({ error: "must be a date-time" })
    .nullable()
    .transform((value, ctx) => {
      if (value === null) return null;
      if (!/(?:Z|[+-]\d{2}:?\d{2})$/i.test(value.trim())) {
        ctx.addIssue({ code: "custom", message: "must be a date-time with an offset" });
        return z.NEVER;
      }
      const parsed = DateTime.fromISO(value.trim(), { setZone: true });
      if (!parsed.isValid) {
        ctx.addIssue({ code: "custom", message: "must be a date-time" });
        return z.NEVER;
      }
      return parsed.toJSDate();
    }),
).optional();

/** `{ id, name }` as nested in sessions; `{}` and null mean "none" (legacy files use both). */
export const refSchema = z.preprocess(
  (value) => (value && typeof value === "object" && !Array.isArray(value) && (value as { id?: unknown }).id == null ? null : value),
  z
    .object({ id: idSchema, name: z.string({ error: "must be a string" }).nullable().optional() }, { error: "must be an object with an id" })
    .loose()
    .nullable(),
).optional();

const json = z.unknown().optional();

export const socialLinkSchema = z
  .object({ id: idSchema.optional(), name: requiredText, link: requiredText, identifier: text })
  .loose();

export const eventFileSchema = z
  .object({
    name: requiredText.min(1, { error: "must not be empty" }),
    description: text,
    timezone: z.string({ error: "must be a string" }).refine((zone) => IANAZone.isValidZone(zone), { error: "must be an IANA time zone" }),
    starts_at: dateTimeSchema.refine((value) => value != null, { error: "must be a date-time" }),
    ends_at: dateTimeSchema.refine((value) => value != null, { error: "must be a date-time" }),
    location_name: text,
    searchable_location_name: text,
    latitude: number,
    longitude: number,
    online: bool,
    email: text,
    original_image_url: text,
    large_image_url: text,
    thumbnail_image_url: text,
    icon_image_url: text,
    logo_url: text,
    owner_name: text,
    owner_description: text,
    has_owner_info: bool,
    external_event_url: text,
    ticket_url: text,
    code_of_conduct: text,
    privacy: z.preprocess(
      (value) => (blank(value) ? null : typeof value === "string" ? value.toLowerCase() : value),
      z.enum(["public", "private"], { error: "must be public or private" }).nullable(),
    ).optional(),
    state: text,
    schedule_published_on: dateTimeSchema,
    is_sessions_speakers_enabled: bool,
    is_sponsors_enabled: bool,
    /** Legacy: social links nested in the event. */
    social_links: z.array(z.unknown(), { error: "must be a list" }).nullable().optional(),
    /** Platform taxonomy by name (legacy files and ours) and slug (ours); matched against this site's rows. */
    type: text,
    topic: text,
    sub_topic: text,
    type_slug: text,
    topic_slug: text,
    sub_topic_slug: text,
  })
  .loose();
export type EventFile = z.infer<typeof eventFileSchema>;

export const microlocationSchema = z
  .object({
    id: idSchema,
    name: requiredText,
    floor: integer,
    room: text,
    latitude: number,
    longitude: number,
    position: integer,
    hidden_in_scheduler: bool,
  })
  .loose();

export const trackSchema = z
  .object({ id: idSchema, name: requiredText, description: text, color: text, font_color: text, position: integer })
  .loose();

/** "HH:MM"; Open Event's legacy files write "HH.MM". */
export const sessionTypeLengthSchema = z.preprocess(
  (value) => (blank(value) ? null : value),
  z
    .string({ error: "must be a length like 00:30" })
    .regex(/^\d{1,2}[:.]\d{2}$/, { error: "must be a length like 00:30" })
    .transform((value) => {
      const [hours, minutes] = value.split(/[:.]/) as [string, string];
      return `${hours.padStart(2, "0")}:${minutes}`;
    })
    .nullable(),
).optional();

export const sessionTypeSchema = z
  .object({ id: idSchema, name: requiredText, length: sessionTypeLengthSchema, position: integer })
  .loose();

export const sponsorSchema = z
  .object({
    id: idSchema,
    name: requiredText,
    description: text,
    url: text,
    level: integer,
    logo_url: text,
    type: text,
    position: integer,
  })
  .loose();

export const SESSION_STATES = ["draft", "pending", "accepted", "confirmed", "rejected", "withdrawn", "canceled"] as const;

export const sessionSchema = z
  .object({
    id: idSchema,
    title: requiredText,
    subtitle: text,
    short_abstract: text,
    long_abstract: text,
    comments: text,
    language: text,
    level: z.preprocess((value) => (typeof value === "number" ? String(value) : value), text),
    starts_at: dateTimeSchema,
    ends_at: dateTimeSchema,
    state: z.preprocess(
      (value) => (blank(value) ? null : typeof value === "string" ? value.toLowerCase() : value),
      z.enum(SESSION_STATES, { error: `must be one of ${SESSION_STATES.join(", ")}` }).nullable(),
    ).optional(),
    track: refSchema,
    microlocation: refSchema,
    session_type: refSchema,
    speakers: z.array(refSchema, { error: "must be a list" }).nullable().optional(),
    slides_url: text,
    video_url: text,
    audio_url: text,
    signup_url: text,
    is_locked: bool,
    submitted_at: dateTimeSchema,
    last_modified_at: dateTimeSchema,
    created_at: dateTimeSchema,
    deleted_at: dateTimeSchema,
    complex_field_values: json,
  })
  .loose();

export const speakerSchema = z
  .object({
    id: idSchema,
    name: requiredText,
    email: text,
    mobile: text,
    photo_url: text,
    thumbnail_image_url: text,
    small_image_url: text,
    icon_image_url: text,
    short_biography: text,
    long_biography: text,
    speaking_experience: text,
    website: text,
    twitter: text,
    github: text,
    linkedin: text,
    facebook: text,
    organisation: text,
    position: text,
    country: text,
    city: text,
    gender: text,
    is_featured: bool,
    complex_field_values: json,
  })
  .loose();

export const customFormSchema = z
  .object({
    id: idSchema.optional(),
    form: z.enum(["session", "speaker"], { error: "must be session or speaker" }),
    field_identifier: requiredText.min(1, { error: "must not be empty" }),
    name: requiredText,
    type: text,
    is_required: bool,
    is_included: bool,
    is_fixed: bool,
    position: integer,
    description: text,
    is_public: bool,
    is_complex: bool,
    min: integer,
    max: integer,
    options: json,
  })
  .loose();

/** Legacy forms: one object per event whose `session-form`/`speaker-form` are JSON strings. */
export const legacyFormsSchema = z
  .object({ id: idSchema.optional(), session_form: text, speaker_form: text })
  .loose();

/** `{ "title": { "require": 1, "include": 1 }, … }` inside a legacy form string. */
export const legacyFormFieldsSchema = z.record(
  z.string(),
  z.object({ require: z.union([z.number(), z.boolean()]).optional(), include: z.union([z.number(), z.boolean()]).optional() }).loose(),
  { error: "must be an object of fields" },
);

/** The schema of each data file's items (the event file is one item). */
export const FILE_SCHEMAS = {
  event: eventFileSchema,
  social_links: socialLinkSchema,
  microlocations: microlocationSchema,
  tracks: trackSchema,
  session_types: sessionTypeSchema,
  sponsors: sponsorSchema,
  speakers: speakerSchema,
  forms: customFormSchema,
  sessions: sessionSchema,
};

/**
 * The URL fields of each file: `media` (a file of the archive, or a remote file the import
 * downloads), `link` (kept as it is) and `social` (a social link's link: without it the link is
 * not imported). Every one must pass the API's schema of its field.
 */
export const URL_FIELDS = {
  event: {
    original_image_url: "media",
    large_image_url: "media",
    thumbnail_image_url: "media",
    icon_image_url: "media",
    logo_url: "media",
    external_event_url: "link",
    ticket_url: "link",
  },
  social_links: { link: "social" },
  sponsors: { url: "link", logo_url: "media" },
  speakers: {
    photo_url: "media",
    thumbnail_image_url: "media",
    small_image_url: "media",
    icon_image_url: "media",
    website: "link",
    twitter: "link",
    github: "link",
    linkedin: "link",
    facebook: "link",
  },
  sessions: { slides_url: "media", video_url: "media", audio_url: "media", signup_url: "link" },
} as const satisfies Record<string, Record<string, "media" | "link" | "social">>;

export const metaSchema = z.object({ format: z.string(), version: z.number() }).loose();

/**
 * The payload of the import job (lib/import/job.ts): the uploaded zip's storage key; the
 * importing user becomes the owner.
 */
export const importRequestedPayloadSchema = z.object({
  userId: z.number().int().positive(),
  fileKey: z.string().min(1).max(1024),
});
export type ImportRequestedPayload = z.infer<typeof importRequestedPayloadSchema>;
