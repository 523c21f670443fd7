import type { z } from "zod";
import { eventItem, listItems, normName, toItem, type ArchiveData, type DataFiles, type ImportNotes, type Item, type Raw } from "./archive-files";
import { ImportError } from "./errors";
import { formFieldsFromLegacy } from "./forms";
import { FILE_SCHEMAS, URL_FIELDS, legacyFormFieldsSchema, legacyFormsSchema, sessionSchema } from "./schemas";

/*
 * Open Event's legacy export (the samples in shared/fixtures/open-event-legacy) in the shape of
 * our own JSON export, so that one parser reads both. Nothing is validated here beyond what the
 * conversion itself reads; the parser checks the result, and its messages name the legacy
 * files, items and (dasherized) fields, since that is what the organizer has in hand.
 *
 * What differs in the legacy format:
 * - keys are dasherized (`starts-at`); a few fields had older names (`start-time`, `event-url`);
 * - "" stands for "no value" in every optional field;
 * - social links are nested in the event; forms are one item whose `session-form` and
 *   `speaker-form` are JSON strings of `{ field: { require, include } }`;
 * - a list file may be missing (FOSSASIA 2017 has no session_types): the objects nested in the
 *   sessions (`track`, `microlocation`, `session-type`, `speakers`) are then its items;
 * - ids may repeat for different people (see ArchiveData.repeatedIds);
 * - there is no `is-sponsors-enabled`: a sample with sponsors wants them shown.
 */

/** How legacy files write a field: messages use it, so that the organizer finds the field. */
export const legacySpelling = (key: string) => key.replace(/_/g, "-");

/** Legacy names of fields that we call differently (Open Event renamed them over the years). */
const ALIASES: Record<string, Record<string, string>> = {
  event: {
    organizer_name: "owner_name",
    organizer_description: "owner_description",
    event_url: "external_event_url",
    start_time: "starts_at",
    end_time: "ends_at",
  },
  sessions: { start_time: "starts_at", end_time: "ends_at" },
};

/** Legacy keys are dasherized; user data (answers, options) keeps its keys. */
function snakeKeys(value: unknown, depth = 0): unknown {
  if (Array.isArray(value)) return value.map((item) => snakeKeys(item, depth + 1));
  if (!value || typeof value !== "object" || depth > 4) return value;
  const out: Raw = {};
  for (const [key, inner] of Object.entries(value as Raw)) {
    const name = key.replace(/-/g, "_");
    out[name] = name === "complex_field_values" || name === "options" ? inner : snakeKeys(inner, depth + 1);
  }
  return out;
}

function rename(item: Item, aliases: Record<string, string> = {}): Item {
  const data: Raw = { ...item.data };
  for (const [from, to] of Object.entries(aliases)) {
    if (from in data && !(to in data)) data[to] = data[from];
    delete data[from];
  }
  return { ...item, data };
}

type FileSchema = z.ZodObject<Record<string, z.ZodType>>;
type File = keyof typeof FILE_SCHEMAS;

/** Optional single-value fields (text, dates, numbers, …): where a legacy "" means "no value". */
const scalarCache = new WeakMap<FileSchema, Set<string>>();
function optionalScalars(schema: FileSchema): Set<string> {
  let keys = scalarCache.get(schema);
  if (!keys) {
    const scalar = (field: z.ZodType) => field.safeParse(null).success && !field.safeParse({}).success && !field.safeParse([]).success;
    keys = new Set(Object.entries(schema.shape).flatMap(([key, field]) => (scalar(field) ? [key] : [])));
    scalarCache.set(schema, keys);
  }
  return keys;
}

/**
 * Legacy "" (and, in a URL field, spaces) for "no value" becomes null, as our files write it; a
 * required URL (a social link's) becomes "", which the parser drops like an empty link.
 */
function noneForBlank(item: Item, file: File): Item {
  const schema: FileSchema = FILE_SCHEMAS[file];
  const urls: Record<string, string> = file in URL_FIELDS ? URL_FIELDS[file as keyof typeof URL_FIELDS] : {};
  const data: Raw = { ...item.data };
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== "string") continue;
    if (key in urls && !value.trim()) data[key] = schema.shape[key]?.safeParse(null).success ? null : "";
    else if (value === "" && optionalScalars(schema).has(key)) data[key] = null;
  }
  return { ...item, data };
}

/** Files whose items a session also carries, nested. */
const NESTED_FILES = ["tracks", "session_types", "microlocations", "speakers"] as const;
/** The references nested in a session, checked as the parser checks them before they become items. */
const nestedReferences = sessionSchema.pick({ track: true, microlocation: true, session_type: true, speakers: true });

export function convertLegacy(files: DataFiles, notes: ImportNotes): ArchiveData {
  const read = (file: string) => snakeKeys(files.json(file));
  const list = (file: File) => (files.has(file) ? listItems(file, read(file)).map((item) => noneForBlank(rename(item, ALIASES[file]), file)) : []);

  const event = noneForBlank(rename(eventItem(read("event")), ALIASES.event), "event");
  // A value that is not a list stays in the event, whose parser says so.
  const nestedLinks = event.data.social_links;
  const socialLinks = (Array.isArray(nestedLinks) ? nestedLinks : []).map((data, index) => {
    if (!data || typeof data !== "object") throw new ImportError(`event.social-links: item ${index + 1} must be an object`);
    return noneForBlank(toItem("event.social-links", index, data as Raw), "social_links");
  });
  const microlocations = list("microlocations");
  const tracks = list("tracks");
  const sessionTypes = list("session_types");
  const sponsors = list("sponsors");
  const speakers = list("speakers");
  const forms = files.has("forms") ? listItems("forms", read("forms")).flatMap((item) => convertForms(item, notes)) : [];
  const sessions = list("sessions");

  if (event.data.is_sponsors_enabled == null || event.data.is_sponsors_enabled === "") event.data.is_sponsors_enabled = sponsors.length > 0;

  // Lists that only the sessions carry, nested: one item per distinct id and name.
  if (!NESTED_FILES.every((file) => files.has(file))) for (const session of sessions) notes.check(nestedReferences, session);
  const nested = (file: (typeof NESTED_FILES)[number], key: string, into: Item[], build: (data: Raw, index: number) => Item) => {
    if (files.has(file)) return;
    const seen = new Set<string>();
    for (const session of sessions) {
      const value = session.data[key];
      for (const data of Array.isArray(value) ? value : [value]) {
        if (!data || typeof data !== "object" || (data as Raw).id == null || (data as Raw).id === "") continue;
        const id = `${String((data as Raw).id).trim()}\u0000${normName((data as Raw).name)}`;
        if (seen.has(id)) continue;
        seen.add(id);
        into.push(noneForBlank(build(data as Raw, into.length), file));
      }
    }
    if (into.length) notes.skipped.push(`${file}: the file is missing; ${into.length} ${file.replace(/_/g, " ")} were taken from the sessions' nested objects`);
  };
  nested("tracks", "track", tracks, (data, index) => toItem(`sessions.track (${index + 1})`, 0, data));
  nested("session_types", "session_type", sessionTypes, (data, index) => toItem(`sessions.session-type (${index + 1})`, 0, data));
  nested("microlocations", "microlocation", microlocations, (data, index) => toItem("sessions.microlocation", index, data));
  nested("speakers", "speakers", speakers, (data, index) => toItem("sessions.speakers", index, data));

  return {
    event,
    social_links: socialLinks,
    microlocations,
    tracks,
    session_types: sessionTypes,
    sponsors,
    speakers,
    forms,
    sessions,
    repeatedIds: true,
  };
}

/** A legacy forms item becomes one custom-form item per field of its JSON strings; a current one stays. */
function convertForms(item: Item, notes: ImportNotes): Item[] {
  if ("field_identifier" in item.data) return [item];
  const row = notes.parse(legacyFormsSchema, item);
  const out: Item[] = [];
  for (const [kind, key] of [["session", "session_form"], ["speaker", "speaker_form"]] as const) {
    const text = row[key];
    if (!text) continue;
    let fields: unknown;
    try {
      fields = JSON.parse(text);
    } catch {
      throw new ImportError(`${item.label}: "${legacySpelling(key)}" is not valid JSON`);
    }
    const parsed = legacyFormFieldsSchema.safeParse(fields);
    if (!parsed.success) throw new ImportError(`${item.label}: "${legacySpelling(key)}" ${parsed.error.issues[0]!.message}`);
    const label = `${item.label} ${legacySpelling(key)}`;
    formFieldsFromLegacy(kind, parsed.data, label, notes.skipped).forEach((field, index) => {
      const data = {
        form: field.form,
        field_identifier: field.fieldIdentifier,
        name: field.name,
        type: field.type,
        is_required: field.isRequired,
        is_included: field.isIncluded,
        is_fixed: field.isFixed,
        is_complex: field.isComplex,
        position: field.position,
        description: null,
        is_public: field.isPublic,
      };
      out.push({ data, file: "forms", index, label });
    });
  }
  return out;
}
