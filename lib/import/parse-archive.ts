import type { z } from "zod";
import { httpUrl, optionalUrl, optionalUrlOrSitePath } from "../content/fields";
import { JSON_EXPORT_FORMAT, JSON_EXPORT_VERSION } from "../export/render-json-zip";
import type { Prisma } from "../generated/prisma/client";
import { fontColor } from "../tracks/font-color";
import { ImportError } from "./errors";
import { completeForms, formFieldFromRow, formFieldsFromLegacy } from "./forms";
import { IMPORT_LIMITS, type ImportLimits } from "./limits";
import type { ImportFormat, ImportPlan, PlannedSession } from "./plan";
import {
  customFormSchema,
  eventFileSchema,
  legacyFormFieldsSchema,
  legacyFormsSchema,
  metaSchema,
  microlocationSchema,
  sessionSchema,
  sessionTypeSchema,
  socialLinkSchema,
  speakerSchema,
  sponsorSchema,
  trackSchema,
} from "./schemas";
import type { ZipArchive } from "./zip-reader";

/*
 * Turns an opened archive into an ImportPlan, or fails with a message naming the file and the
 * item. Nothing here touches the database: every check (types, references, duplicate ids)
 * happens before the first write, so a bad archive never starts a transaction.
 */

type Raw = Record<string, unknown>;

const MEDIA_FOLDERS = ["images", "videos", "documents", "audio"] as const;
const DATA_FILES = ["event", "meta", "sessions", "speakers", "microlocations", "tracks", "session_types", "sponsors", "social_links", "forms"];

/** Keys that we read elsewhere or deliberately drop, with the reason reported when they carry data. */
const HANDLED: Record<string, Record<string, string | null>> = {
  event: {
    id: null,
    identifier: null,
    state: null,
    version: "legacy app sync counters are not needed",
    social_links: null,
    type: null,
    topic: null,
    sub_topic: null,
    type_slug: null,
    topic_slug: null,
    sub_topic_slug: null,
  },
  sessions: { id: null },
  speakers: { id: null, sessions: null },
  tracks: { id: null, sessions: null },
  microlocations: { id: null },
  session_types: { id: null },
  sponsors: { id: null },
  social_links: { id: null },
  forms: { id: null },
};

/** Legacy names of fields that we call differently (Open Event renamed them over the years). */
const LEGACY_ALIASES: Record<string, Record<string, string>> = {
  event: {
    organizer_name: "owner_name",
    organizer_description: "owner_description",
    event_url: "external_event_url",
    start_time: "starts_at",
    end_time: "ends_at",
  },
  sessions: { start_time: "starts_at", end_time: "ends_at" },
};

const snake = (key: string) => key.replace(/-/g, "_");

/** Legacy keys are dasherized; user data (answers, options) keeps its keys. */
function snakeKeys(value: unknown, depth = 0): unknown {
  if (Array.isArray(value)) return value.map((item) => snakeKeys(item, depth + 1));
  if (!value || typeof value !== "object" || depth > 4) return value;
  const out: Raw = {};
  for (const [key, inner] of Object.entries(value as Raw)) {
    const name = snake(key);
    out[name] = name === "complex_field_values" || name === "options" ? inner : snakeKeys(inner, depth + 1);
  }
  return out;
}

const isBlank = (value: unknown) =>
  value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0) ||
  (typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 0);

interface Context {
  archive: ZipArchive;
  root: string;
  format: ImportFormat;
  limits: ImportLimits;
  skipped: string[];
  media: Map<string, Set<string>>;
  remoteUrls: Map<string, Set<string>>;
  /** Archive paths that the data names but the archive lacks: the first value and who names it. */
  missing: Map<string, { value: string; where: Set<string> }>;
  /** Per file and key: how many items carried data we do not import, and why. */
  dropped: Map<string, { count: number; reason: string }>;
}

class Reader {
  constructor(private readonly ctx: Context) {}

  private field(key: string): string {
    return `"${this.ctx.format === "open-event-legacy" ? key.replace(/_/g, "-") : key}"`;
  }

  has(file: string): boolean {
    return this.ctx.archive.files.has(this.ctx.root + file);
  }

  json(file: string): unknown {
    const entry = this.ctx.archive.files.get(this.ctx.root + file);
    if (!entry) throw new ImportError(`Missing file "${file}"`);
    if (entry.uncompressedSize > this.ctx.limits.maxJsonFileBytes) {
      throw new ImportError(`${file}: the file is larger than ${this.ctx.limits.maxJsonFileBytes} bytes`);
    }
    const text = this.ctx.archive.read(entry.path).toString("utf8").replace(/^\uFEFF/, "");
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new ImportError(`${file}: invalid JSON (${(error as Error).message})`, { cause: error });
    }
    return this.ctx.format === "open-event-legacy" ? snakeKeys(value) : value;
  }

  list(file: string): Raw[] {
    if (!this.has(file)) return [];
    const value = this.json(file);
    if (!Array.isArray(value)) throw new ImportError(`${file}: must be a list of items`);
    return value.map((item, index) => {
      if (!item || typeof item !== "object" || Array.isArray(item)) throw new ImportError(`${file}: item ${index + 1} must be an object`);
      return item as Raw;
    });
  }

  label(file: string, index: number, raw: Raw): string {
    const id = raw.id;
    return `${file}: item ${index + 1}${typeof id === "number" || typeof id === "string" ? ` (id ${id})` : ""}`;
  }

  /** Validates one item; the message names the file, the item and the field. */
  parse<S extends z.ZodType>(schema: S, file: string, index: number, input: Raw): z.output<S> {
    const raw = this.alias(file, input);
    const result = schema.safeParse(raw);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const [key, ...rest] = issue.path.map(String);
      let value: unknown = raw;
      for (const part of issue.path) value = value && typeof value === "object" ? (value as Raw)[part as string] : undefined;
      const where = key === undefined ? "" : `${this.field(key)}${rest.map((part) => (/^\d+$/.test(part) ? `[${Number(part) + 1}]` : `.${part}`)).join("")} `;
      const message = value === undefined && key !== undefined ? "is required" : issue.message;
      throw new ImportError(`${this.label(file, index, input)}: ${where}${message}`);
    }
    this.tally(file, schema, raw);
    return result.data;
  }

  private alias(file: string, raw: Raw): Raw {
    const aliases = this.ctx.format === "open-event-legacy" ? LEGACY_ALIASES[file] : undefined;
    if (!aliases) return raw;
    const out: Raw = { ...raw };
    for (const [from, to] of Object.entries(aliases)) {
      if (from in out && !(to in out)) out[to] = out[from];
      delete out[from];
    }
    return out;
  }

  /** Counts non-empty fields we do not model, for the `skipped` list. */
  private tally(file: string, schema: z.ZodType, raw: Raw) {
    const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape ?? {};
    const handled = HANDLED[file] ?? {};
    for (const [key, value] of Object.entries(raw)) {
      if (key in shape || isBlank(value)) continue;
      if (key in handled && handled[key] === null) continue;
      const reason = handled[key] ?? "not modelled here";
      const id = `${file}\u0000${key}`;
      const entry = this.ctx.dropped.get(id) ?? { count: 0, reason };
      entry.count += 1;
      this.ctx.dropped.set(id, entry);
    }
  }

  /**
   * A URL field that is not media (a web site, a ticket shop, a social profile): kept when the
   * API's schema of the field takes it, otherwise left empty and listed as skipped. Blank values
   * read like the other text fields.
   */
  link(value: string | null | undefined, where: string, key: string, rule: UrlRule = LINK): string | null {
    if (value === null || value === undefined) return null;
    if (!value.trim()) return this.ctx.format === "open-event-legacy" ? null : value;
    return this.accepts(value, where, key, rule) ? value : null;
  }

  /**
   * A media URL field: a path into the archive (`/images/speakers/a.jpg`) becomes a media file to
   * store; a remote URL is kept as it is here and downloaded later (see download-remote-media).
   * Anything else must pass the API's schema of the field, like a link.
   */
  url(value: string | null | undefined, where: string, key: string, rule: UrlRule): string | null {
    if (value === null || value === undefined) return null;
    const trimmed = value.trim();
    if (!trimmed) return this.ctx.format === "open-event-legacy" ? null : value;
    const archived = this.archivePath(trimmed);
    if (archived && this.ctx.archive.files.has(archived)) {
      const refs = this.ctx.media.get(archived) ?? new Set<string>();
      refs.add(value);
      this.ctx.media.set(archived, refs);
      return value;
    }
    if (!this.accepts(value, where, key, rule)) return null;
    if (/^https?:\/\//i.test(trimmed)) {
      const refs = this.ctx.remoteUrls.get(trimmed) ?? new Set<string>();
      refs.add(value);
      this.ctx.remoteUrls.set(trimmed, refs);
      return value;
    }
    if (archived) {
      // One entry per file, however many fields and items name it (an image and its sizes).
      const missing = this.ctx.missing.get(archived) ?? { value, where: new Set<string>() };
      missing.where.add(where);
      this.ctx.missing.set(archived, missing);
    }
    return value;
  }

  /** The zip path a value names when it points into a media folder of the archive. */
  private archivePath(trimmed: string): string | null {
    if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith("//")) return null;
    const local = trimmed.replace(/^\/+/, "").split(/[?#]/)[0]!;
    const top = local.split("/")[0] as (typeof MEDIA_FOLDERS)[number];
    if (!MEDIA_FOLDERS.includes(top) || local.split("/").includes("..")) return null;
    try {
      return this.ctx.root + decodeURI(local);
    } catch {
      return null;
    }
  }

  private accepts(value: string, where: string, key: string, rule: UrlRule): boolean {
    if (rule.schema.safeParse(value).success) return true;
    const shown = value.length > 100 ? `${value.slice(0, 100)}…` : value;
    this.ctx.skipped.push(`${where}: ${this.field(key)} ${JSON.stringify(shown)} is not ${rule.description}; ${rule.dropped}`);
    return false;
  }
}

/** The API's schema of a URL field (lib/content/fields.ts) and how a refusal is told. */
interface UrlRule {
  schema: z.ZodType;
  description: string;
  /** What happens to the refused value (the field is emptied, or the row is not imported). */
  dropped: string;
}
const LINK: UrlRule = { schema: optionalUrl, description: "an http(s) URL", dropped: "left empty" };
/** Fields that take uploaded files: images, and sessions' slides, video and audio. */
const FILE: UrlRule = { schema: optionalUrlOrSitePath, description: "an http(s) URL or a path on this site", dropped: "left empty" };
const SOCIAL_LINK: UrlRule = { schema: httpUrl, description: "an http(s) URL", dropped: "the link was not imported" };

interface Keyed<T> {
  id: string;
  name: string;
  label: string;
  row: T;
}

/**
 * Old id → plan index. Our own exports never repeat an id, so a repeat there is corruption.
 * Legacy samples do repeat ids for different people (PyCon 2017's speakers 78, 88, 400): those
 * are accepted when the names tell them apart, and references are then matched by name.
 */
function indexById<T>(file: string, rows: Keyed<T>[], format: ImportFormat, skipped: string[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  rows.forEach((row, position) => {
    const list = index.get(row.id) ?? [];
    const clash = list.find((other) => format === "open-event-json-export" || norm(rows[other]!.name) === norm(row.name));
    if (clash !== undefined) throw new ImportError(`${row.label}: duplicate id (also item ${clash + 1})`);
    list.push(position);
    index.set(row.id, list);
  });
  for (const [id, list] of index) {
    if (list.length > 1) {
      skipped.push(
        `${file}: id ${id} is used by ${list.length} different items (${list.map((i) => rows[i]!.name.trim()).join(", ")}); references to it were matched by name`,
      );
    }
  }
  return index;
}

const norm = (name: string | null | undefined) => (name ?? "").trim().replace(/\s+/g, " ").toLowerCase();

function resolve(
  index: Map<string, number[]>,
  rows: Keyed<unknown>[],
  ref: { id: string; name?: string | null },
  what: string,
  file: string,
  label: string,
): number {
  const list = index.get(ref.id);
  if (!list?.length) throw new ImportError(`${label}: ${what} ${ref.id} is not in ${file}`);
  if (list.length === 1) return list[0]!;
  const named = list.filter((position) => norm(rows[position]!.name) === norm(ref.name));
  if (named.length !== 1) throw new ImportError(`${label}: ${what} ${ref.id} is ambiguous (${list.length} items of ${file} have this id)`);
  return named[0]!;
}

const nn = <T>(value: T | null | undefined): T | null => (value === undefined ? null : value);

/** Finds the folder holding the data: the archive root, or one folder that a "compress folder" added. */
function findRoot(archive: ZipArchive): string {
  const paths = [...archive.files.keys()].filter((path) => !path.startsWith("__MACOSX/"));
  if (paths.includes("event") || paths.includes("meta")) return "";
  const tops = new Set(paths.map((path) => (path.includes("/") ? path.slice(0, path.indexOf("/") + 1) : "")));
  if (tops.size === 1) {
    const [top] = tops;
    if (top && (archive.files.has(`${top}event`) || archive.files.has(`${top}meta`))) return top;
  }
  return "";
}

function detectFormat(archive: ZipArchive, root: string, limits: ImportLimits): ImportFormat {
  const metaPath = `${root}meta`;
  if (archive.files.has(metaPath)) {
    let meta: unknown;
    try {
      meta = JSON.parse(archive.read(metaPath).toString("utf8").replace(/^\uFEFF/, ""));
    } catch (error) {
      throw new ImportError(`meta: invalid JSON (${(error as Error).message})`, { cause: error });
    }
    const parsed = metaSchema.safeParse(meta);
    if (parsed.success && parsed.data.format === JSON_EXPORT_FORMAT) {
      if (parsed.data.version > JSON_EXPORT_VERSION) {
        throw new ImportError(`meta: format version ${parsed.data.version} is newer than this server understands (${JSON_EXPORT_VERSION})`);
      }
      if (!archive.files.has(`${root}event`)) throw new ImportError('Missing file "event": every export has one');
      return JSON_EXPORT_FORMAT;
    }
  }
  void limits;
  if (archive.files.has(`${root}event`)) return "open-event-legacy";
  throw new ImportError('Missing file "event": this is not an Open Event export (neither "event" nor "meta" is in the archive)');
}

export function parseArchive(archive: ZipArchive, limits: ImportLimits = IMPORT_LIMITS): ImportPlan {
  const root = findRoot(archive);
  const format = detectFormat(archive, root, limits);
  const ctx: Context = {
    archive,
    root,
    format,
    limits,
    skipped: [],
    media: new Map(),
    remoteUrls: new Map(),
    missing: new Map(),
    dropped: new Map(),
  };
  const read = new Reader(ctx);
  const legacy = format === "open-event-legacy";
  // Legacy files write "" for "no value"; ours keep "" and null apart (a round trip must too).
  const opt = <T,>(value: T | null | undefined): T | null => (legacy && value === "" ? null : nn(value));

  // --- event (+ legacy nested social links) ---
  const eventRaw = read.json("event");
  if (!eventRaw || typeof eventRaw !== "object" || Array.isArray(eventRaw)) throw new ImportError("event: must be an object");
  const ev = read.parse(eventFileSchema, "event", 0, eventRaw as Raw);
  const eventLabel = "event";
  if (ev.state && ev.state.toLowerCase() !== "draft") ctx.skipped.push(`event: state "${ev.state}" — an imported event starts as a draft`);

  // --- rows of each file ---
  const socialRaw = legacy ? ((ev.social_links ?? []) as unknown[]) : read.list("social_links");
  const socialFile = legacy ? "event.social-links" : "social_links";
  const socialLinks = socialRaw.flatMap((raw, index) => {
    if (!raw || typeof raw !== "object") throw new ImportError(`${socialFile}: item ${index + 1} must be an object`);
    const row = read.parse(socialLinkSchema, socialFile, index, raw as Raw);
    const link = read.link(row.link, read.label(socialFile, index, raw as Raw), "link", SOCIAL_LINK);
    return link ? [{ name: row.name, link, identifier: opt(row.identifier) }] : [];
  });

  const rooms: Keyed<ImportPlan["rooms"][number]>[] = read.list("microlocations").map((raw, index) => {
    const row = read.parse(microlocationSchema, "microlocations", index, raw);
    return {
      id: row.id,
      name: row.name,
      label: read.label("microlocations", index, raw),
      row: {
        name: row.name,
        floor: opt(row.floor),
        room: opt(row.room),
        latitude: opt(row.latitude),
        longitude: opt(row.longitude),
        position: row.position ?? index,
        hiddenInScheduler: row.hidden_in_scheduler ?? false,
      },
    };
  });

  const trackRows = (rows: Raw[], file: string) =>
    rows.map((raw, index) => {
      const row = read.parse(trackSchema, file, index, raw);
      const color = row.color || "#3b82f6";
      // The font colour is derived from the colour here; only a file that says otherwise loses something.
      if (row.font_color && row.font_color.trim().toLowerCase() !== fontColor(color)) {
        ctx.skipped.push(`${read.label(file, index, raw)}: font colour ${row.font_color} — it is derived from the colour here (${fontColor(color)})`);
      }
      return {
        id: row.id,
        name: row.name,
        label: read.label(file, index, raw),
        row: { name: row.name, description: opt(row.description), color, position: row.position ?? index },
      };
    });
  const tracks: Keyed<ImportPlan["tracks"][number]>[] = trackRows(read.list("tracks"), "tracks");

  const typeRows = (rows: Raw[], file: string) =>
    rows.map((raw, index) => {
      const row = read.parse(sessionTypeSchema, file, index, raw);
      return {
        id: row.id,
        name: row.name,
        label: read.label(file, index, raw),
        row: { name: row.name, length: row.length ?? "00:30", position: row.position ?? index },
      };
    });
  const sessionTypes: Keyed<ImportPlan["sessionTypes"][number]>[] = typeRows(read.list("session_types"), "session_types");

  const sponsors = read.list("sponsors").map((raw, index) => {
    const row = read.parse(sponsorSchema, "sponsors", index, raw);
    const where = read.label("sponsors", index, raw);
    return {
      name: row.name,
      description: opt(row.description),
      url: read.link(row.url, where, "url"),
      level: row.level ?? 0,
      logoUrl: read.url(row.logo_url, where, "logo_url", FILE),
      type: opt(row.type),
      position: row.position ?? index,
    };
  });

  const speakerRow = (raw: Raw, file: string, index: number) => {
    const row = read.parse(speakerSchema, file, index, raw);
    const where = read.label(file, index, raw);
    return {
      id: row.id,
      name: row.name,
      label: where,
      row: {
        name: row.name,
        email: opt(row.email),
        mobile: opt(row.mobile),
        photoUrl: read.url(row.photo_url, where, "photo_url", FILE),
        thumbnailImageUrl: read.url(row.thumbnail_image_url, where, "thumbnail_image_url", FILE),
        smallImageUrl: read.url(row.small_image_url, where, "small_image_url", FILE),
        iconImageUrl: read.url(row.icon_image_url, where, "icon_image_url", FILE),
        shortBiography: opt(row.short_biography),
        longBiography: opt(row.long_biography),
        speakingExperience: opt(row.speaking_experience),
        website: read.link(row.website, where, "website"),
        twitter: read.link(row.twitter, where, "twitter"),
        github: read.link(row.github, where, "github"),
        linkedin: read.link(row.linkedin, where, "linkedin"),
        facebook: read.link(row.facebook, where, "facebook"),
        organisation: opt(row.organisation),
        position: opt(row.position),
        country: opt(row.country),
        city: opt(row.city),
        gender: opt(row.gender),
        isFeatured: row.is_featured ?? false,
        complexFieldValues: (row.complex_field_values ?? undefined) as Prisma.InputJsonValue | undefined,
      },
    };
  };
  const speakers: Keyed<ImportPlan["speakers"][number]>[] = read.list("speakers").map((raw, index) => speakerRow(raw, "speakers", index));

  const forms = parseForms(read, legacy, ctx.skipped);

  // --- sessions, with references resolved ---
  const sessionsRaw = read.list("sessions");
  const parsedSessions = sessionsRaw.map((raw, index) => ({ raw, index, row: read.parse(sessionSchema, "sessions", index, raw) }));

  // Legacy files may lack a list that the sessions carry nested (FOSSASIA 2017 has no
  // session_types file): the nested objects are then the rows.
  if (legacy) {
    const nested = (file: string, key: "track" | "microlocation" | "session_type" | "speakers", into: Keyed<unknown>[], build: (raw: Raw, index: number) => Keyed<unknown>) => {
      if (read.has(file)) return;
      const seen = new Set<string>();
      for (const { raw } of parsedSessions) {
        const value = raw[key];
        for (const item of Array.isArray(value) ? value : [value]) {
          if (!item || typeof item !== "object" || (item as Raw).id == null || (item as Raw).id === "") continue;
          const id = `${String((item as Raw).id).trim()}\u0000${norm((item as Raw).name as string)}`;
          if (seen.has(id)) continue;
          seen.add(id);
          into.push(build(item as Raw, into.length));
        }
      }
      if (into.length) ctx.skipped.push(`${file}: the file is missing; ${into.length} ${file.replace(/_/g, " ")} were taken from the sessions' nested objects`);
    };
    nested("tracks", "track", tracks, (raw, index) => trackRows([raw], `sessions.track (${index + 1})`)[0]!);
    nested("session_types", "session_type", sessionTypes, (raw, index) => typeRows([raw], `sessions.session-type (${index + 1})`)[0]!);
    nested("microlocations", "microlocation", rooms, (raw, index) => {
      const row = read.parse(microlocationSchema, "sessions.microlocation", index, raw);
      return { id: row.id, name: row.name, label: `microlocation ${row.id}`, row: { name: row.name, floor: opt(row.floor), room: opt(row.room), latitude: opt(row.latitude), longitude: opt(row.longitude), position: index, hiddenInScheduler: false } };
    });
    nested("speakers", "speakers", speakers, (raw, index) => speakerRow(raw, "sessions.speakers", index));
  }

  const roomIndex = indexById("microlocations", rooms, format, ctx.skipped);
  const trackIndex = indexById("tracks", tracks, format, ctx.skipped);
  const typeIndex = indexById("session_types", sessionTypes, format, ctx.skipped);
  const speakerIndex = indexById("speakers", speakers, format, ctx.skipped);

  // Sessions are referenced only by the back-reference lists we ignore, so legacy duplicates
  // (PyCon 2017 has two different sessions with id 402) are harmless; ours must be unique.
  const sessionIds = new Map<string, number>();
  let deleted = 0;
  const sessions: PlannedSession[] = [];
  for (const { raw, index, row } of parsedSessions) {
    const label = read.label("sessions", index, raw);
    const first = sessionIds.get(row.id);
    if (first !== undefined) {
      if (!legacy) throw new ImportError(`${label}: duplicate id (also item ${first + 1})`);
      ctx.skipped.push(`sessions: id ${row.id} is used by more than one item; each was imported as its own session`);
    } else sessionIds.set(row.id, index);
    if (row.deleted_at) {
      deleted += 1;
      continue;
    }
    const speakerPositions = new Set<number>();
    for (const ref of row.speakers ?? []) {
      if (ref) speakerPositions.add(resolve(speakerIndex, speakers, ref, "speaker", "speakers", label));
    }
    sessions.push({
      data: {
        title: row.title,
        subtitle: opt(row.subtitle),
        shortAbstract: opt(row.short_abstract),
        longAbstract: opt(row.long_abstract),
        comments: opt(row.comments),
        language: opt(row.language),
        level: opt(row.level),
        startsAt: opt(row.starts_at),
        endsAt: opt(row.ends_at),
        state: row.state ?? "draft",
        slidesUrl: read.url(row.slides_url, label, "slides_url", FILE),
        videoUrl: read.url(row.video_url, label, "video_url", FILE),
        audioUrl: read.url(row.audio_url, label, "audio_url", FILE),
        signupUrl: read.link(row.signup_url, label, "signup_url"),
        isLocked: row.is_locked ?? false,
        submittedAt: opt(row.submitted_at),
        ...(row.last_modified_at ? { lastModifiedAt: row.last_modified_at } : {}),
        ...(row.created_at ? { createdAt: row.created_at } : {}),
        complexFieldValues: (row.complex_field_values ?? undefined) as Prisma.InputJsonValue | undefined,
      },
      track: row.track ? resolve(trackIndex, tracks, row.track, "track", "tracks", label) : null,
      room: row.microlocation ? resolve(roomIndex, rooms, row.microlocation, "microlocation", "microlocations", label) : null,
      type: row.session_type ? resolve(typeIndex, sessionTypes, row.session_type, "session type", "session_types", label) : null,
      speakers: [...speakerPositions],
    });
  }
  if (deleted) ctx.skipped.push(`sessions: ${deleted} deleted session(s) were not imported`);

  // --- event row ---
  const event: ImportPlan["event"] = {
    name: ev.name,
    description: opt(ev.description),
    timezone: ev.timezone,
    startsAt: ev.starts_at!,
    endsAt: ev.ends_at!,
    locationName: opt(ev.location_name),
    searchableLocationName: opt(ev.searchable_location_name),
    latitude: opt(ev.latitude),
    longitude: opt(ev.longitude),
    online: ev.online ?? false,
    email: opt(ev.email),
    originalImageUrl: read.url(ev.original_image_url, eventLabel, "original_image_url", FILE),
    largeImageUrl: read.url(ev.large_image_url, eventLabel, "large_image_url", FILE),
    thumbnailImageUrl: read.url(ev.thumbnail_image_url, eventLabel, "thumbnail_image_url", FILE),
    iconImageUrl: read.url(ev.icon_image_url, eventLabel, "icon_image_url", FILE),
    logoUrl: read.url(ev.logo_url, eventLabel, "logo_url", FILE),
    ownerName: opt(ev.owner_name),
    ownerDescription: opt(ev.owner_description),
    externalEventUrl: read.link(ev.external_event_url, eventLabel, "external_event_url"),
    ticketUrl: read.link(ev.ticket_url, eventLabel, "ticket_url"),
    codeOfConduct: opt(ev.code_of_conduct),
    privacy: ev.privacy ?? "public",
    state: "draft",
    schedulePublishedOn: opt(ev.schedule_published_on),
    isSessionsSpeakersEnabled: ev.is_sessions_speakers_enabled ?? true,
    // Legacy files predate the switch; a sample with sponsors wants them shown.
    isSponsorsEnabled: ev.is_sponsors_enabled ?? (legacy && sponsors.length > 0),
  };

  // --- files and folders we do not read ---
  for (const path of archive.files.keys()) {
    if (!path.startsWith(root)) {
      ctx.skipped.push(`${path}: outside the event folder; not imported`);
      continue;
    }
    const local = path.slice(root.length);
    const top = local.split("/")[0]!;
    if (DATA_FILES.includes(local) || ctx.media.has(path)) continue;
    if (local === "config.json") ctx.skipped.push("config.json: settings of the legacy app generator; not imported");
    else if (!(MEDIA_FOLDERS as readonly string[]).includes(top)) ctx.skipped.push(`${local}: unknown file; not imported`);
  }
  const unreferenced = [...archive.files.keys()].filter((path) => {
    const top = path.slice(root.length).split("/")[0]!;
    return path.startsWith(root) && (MEDIA_FOLDERS as readonly string[]).includes(top) && !ctx.media.has(path);
  });
  for (const { value, where } of ctx.missing.values()) {
    const [first, ...others] = where;
    const also = others.length ? ` and ${others.length} other item(s)` : "";
    ctx.skipped.push(`${first}${also}: ${value} is not in the archive; the link was kept as it is`);
  }
  if (unreferenced.length) ctx.skipped.push(`${unreferenced.length} media file(s) not referenced by any item were not imported`);
  for (const [key, { count, reason }] of ctx.dropped) {
    const [file, field] = key.split("\u0000") as [string, string];
    ctx.skipped.push(`${file}: "${legacy ? field.replace(/_/g, "-") : field}" on ${count} item(s) — ${reason}`);
  }

  return {
    format,
    event,
    taxonomy: {
      type: { name: opt(ev.type), slug: opt(ev.type_slug) },
      topic: { name: opt(ev.topic), slug: opt(ev.topic_slug) },
      subTopic: { name: opt(ev.sub_topic), slug: opt(ev.sub_topic_slug) },
    },
    socialLinks,
    forms,
    rooms: rooms.map((item) => item.row),
    sponsors,
    speakers: speakers.map((item) => item.row),
    tracks: tracks.map((item) => item.row),
    sessionTypes: sessionTypes.map((item) => item.row),
    sessions,
    media: ctx.media,
    remoteUrls: ctx.remoteUrls,
    skipped: ctx.skipped,
  };
}

function parseForms(read: Reader, legacy: boolean, skipped: string[]): ImportPlan["forms"] {
  const rows = read.list("forms");
  const forms: ImportPlan["forms"] = [];
  const seen = new Map<string, string>();
  const add = (form: ImportPlan["forms"][number], label: string) => {
    const key = `${form.form} ${form.fieldIdentifier}`;
    const first = seen.get(key);
    if (first) throw new ImportError(`${label}: duplicate ${form.form} form field "${form.fieldIdentifier}" (also ${first})`);
    seen.set(key, label.replace(/^forms: /, ""));
    forms.push(form);
  };
  rows.forEach((raw, index) => {
    const label = read.label("forms", index, raw);
    if (!legacy || "field_identifier" in raw) {
      add(formFieldFromRow(read.parse(customFormSchema, "forms", index, raw), index, label, skipped), label);
      return;
    }
    const row = read.parse(legacyFormsSchema, "forms", index, raw);
    for (const [kind, key] of [["session", "session_form"], ["speaker", "speaker_form"]] as const) {
      const text = row[key];
      if (!text) continue;
      let fields: unknown;
      try {
        fields = JSON.parse(text);
      } catch {
        throw new ImportError(`${label}: "${key.replace(/_/g, "-")}" is not valid JSON`);
      }
      const parsed = legacyFormFieldsSchema.safeParse(fields);
      if (!parsed.success) throw new ImportError(`${label}: "${key.replace(/_/g, "-")}" ${parsed.error.issues[0]!.message}`);
      const formLabel = `${label} ${key.replace(/_/g, "-")}`;
      for (const field of formFieldsFromLegacy(kind, parsed.data, formLabel, skipped)) add(field, formLabel);
    }
  });
  return completeForms(forms);
}
