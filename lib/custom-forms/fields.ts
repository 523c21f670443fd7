/**
 * The vocabulary of custom forms, shared by the server and the browser (no server-only imports):
 * the two forms, the field types, and the catalogue of built-in fields — the Session and Speaker
 * columns every event's forms start with (Open Event's default session and speaker forms).
 */

export const FORM_KINDS = ["session", "speaker"] as const;
export type FormKind = (typeof FORM_KINDS)[number];

/**
 * The fields of one form by its name in a URL (`/v1/events/{id}/custom-forms/{form}`): a name
 * that is no form here (Open Event's `attendee`, a typo) has none, as Open Event answers it.
 */
export const ofForm = (form: string) => ((FORM_KINDS as readonly string[]).includes(form) ? { form: form as FormKind } : { id: { in: [] as number[] } });

/** Open Event's field types, plus `url`. */
export const FIELD_TYPES = [
  "text",
  "paragraph",
  "richtextlink",
  "email",
  "url",
  "number",
  "year",
  "select",
  "checkbox",
  "boolean",
  "image",
  "file",
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const isFieldType = (type: string): type is FieldType => (FIELD_TYPES as readonly string[]).includes(type);

/** Types whose answers are chosen among the field's options. */
export const CHOICE_TYPES: ReadonlySet<string> = new Set<FieldType>(["select", "checkbox"]);
/** Types whose answers `min` and `max` bound (values, as Open Event's builder offers them). */
export const BOUNDED_TYPES: ReadonlySet<string> = new Set<FieldType>(["number", "year"]);

/**
 * Identifiers of custom fields: they key the answers in `complexFieldValues` and name form
 * fields in the browser (`complexFieldValues.<identifier>`), so no dots, slashes or spaces.
 */
export const FIELD_IDENTIFIER_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

export interface BuiltInField {
  form: FormKind;
  /** Open Event's identifier, which is the attribute of the session or speaker. */
  fieldIdentifier: string;
  /** The key of the service input that holds the value (`trackId` for `track`). */
  key: string;
  /** For a relationship: its name, where errors point (`/data/relationships/track`). */
  relationship?: string;
  name: string;
  type: FieldType;
  /** Open Event's default form (SESSION_FORM / SPEAKER_FORM). */
  isIncluded: boolean;
  isRequired: boolean;
  isPublic: boolean;
  /** Always included and required. */
  isFixed: boolean;
  /**
   * Only the event's organizers write it (a session's `comments` are their notes to the
   * speaker): a speaker's form never asks for it.
   */
  organizerOnly?: boolean;
}

type Entry = [identifier: string, name: string, type: FieldType, included: 0 | 1, required: 0 | 1, isPublic: 0 | 1, extra?: Partial<BuiltInField>];

const builtIns = (form: FormKind, entries: Entry[]): BuiltInField[] =>
  entries.map(([fieldIdentifier, name, type, included, required, isPublic, extra]) => ({
    form,
    fieldIdentifier,
    key: fieldIdentifier,
    name,
    type,
    isIncluded: included === 1,
    isRequired: required === 1,
    isPublic: isPublic === 1,
    isFixed: false,
    ...extra,
  }));

const FIXED = { isFixed: true } as const;

/**
 * In form order. Inclusion and requirement follow Open Event's SESSION_FORM and SPEAKER_FORM;
 * publicity follows its frontend's defaults, except that what this API never shows the public
 * (a session's comments, a speaker's email and mobile) is not public here either.
 */
export const BUILT_IN_FIELDS: readonly BuiltInField[] = [
  ...builtIns("session", [
    ["title", "Title", "text", 1, 1, 1, FIXED],
    ["subtitle", "Subtitle", "text", 0, 0, 1],
    ["shortAbstract", "Short Abstract", "paragraph", 1, 0, 1],
    ["longAbstract", "Long Abstract", "paragraph", 0, 0, 1],
    ["comments", "Comments", "paragraph", 1, 0, 0, { organizerOnly: true }],
    ["track", "Track", "select", 0, 0, 1, { key: "trackId", relationship: "track" }],
    ["sessionType", "Session Type", "select", 0, 0, 1, { key: "sessionTypeId", relationship: "sessionType" }],
    ["level", "Level", "text", 0, 0, 1],
    ["language", "Language", "text", 0, 0, 1],
    ["slidesUrl", "Slides", "file", 1, 0, 1],
    ["videoUrl", "Video", "url", 0, 0, 1],
    ["audioUrl", "Audio", "url", 0, 0, 1],
  ]),
  ...builtIns("speaker", [
    ["name", "Name", "text", 1, 1, 1, FIXED],
    ["email", "Email", "email", 1, 1, 0, FIXED],
    ["photoUrl", "Photo", "image", 1, 0, 1],
    ["organisation", "Organisation", "text", 1, 0, 1],
    ["position", "Position", "text", 1, 0, 1],
    ["country", "Country", "text", 1, 0, 1],
    ["shortBiography", "Short Biography", "paragraph", 1, 0, 1],
    ["longBiography", "Long Biography", "paragraph", 0, 0, 1],
    // Open Event types it "number"; phone numbers carry "+", spaces and dashes.
    ["mobile", "Mobile", "text", 0, 0, 0],
    ["website", "Website", "url", 1, 0, 1],
    ["facebook", "Facebook", "url", 0, 0, 1],
    ["twitter", "Twitter", "url", 1, 0, 1],
    ["github", "GitHub", "url", 0, 0, 1],
    ["linkedin", "LinkedIn", "url", 0, 0, 1],
  ]),
];

const byForm = new Map<string, BuiltInField>(BUILT_IN_FIELDS.map((field) => [`${field.form}:${field.fieldIdentifier}`, field]));

/** The built-in field of a form with this identifier, if it is one. */
export const builtInField = (form: FormKind, fieldIdentifier: string): BuiltInField | undefined => byForm.get(`${form}:${fieldIdentifier}`);

export const builtInFields = (form: FormKind): BuiltInField[] => BUILT_IN_FIELDS.filter((field) => field.form === form);

/**
 * The rows every new event's forms start with (positions in form order); `include` adds
 * fields that are off by default (the demo event asks for a track and a session type).
 */
export function defaultFormRows(include: readonly string[] = []): {
  form: FormKind;
  fieldIdentifier: string;
  name: string;
  type: FieldType;
  isIncluded: boolean;
  isRequired: boolean;
  isPublic: boolean;
  isFixed: boolean;
  isComplex: false;
  position: number;
}[] {
  return FORM_KINDS.flatMap((form) =>
    builtInFields(form).map((field, position) => ({
      form,
      fieldIdentifier: field.fieldIdentifier,
      name: field.name,
      type: field.type,
      isIncluded: field.isIncluded || include.includes(`${form}:${field.fieldIdentifier}`),
      isRequired: field.isRequired,
      isPublic: field.isPublic,
      isFixed: field.isFixed,
      isComplex: false as const,
      position,
    })),
  );
}

/**
 * An identifier for a new custom field from its name (`"T-shirt size"` → `tShirtSize`), unique
 * among `taken`: the builder shows it before saving, the server gives it to a field saved
 * without one.
 */
export function fieldIdentifierFor(name: string, taken: Iterable<string>): string {
  const words = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  let base = words.map((word, i) => (i === 0 ? word.charAt(0).toLowerCase() : word.charAt(0).toUpperCase()) + word.slice(1)).join("");
  if (!/^[A-Za-z]/.test(base)) base = `field${base.charAt(0).toUpperCase()}${base.slice(1)}`;
  base = base.slice(0, 56);
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}${n}`)) return `${base}${n}`;
}
