import type { z } from "zod";
import { httpUrl, optionalUrl, optionalUrlOrSitePath } from "../content/fields";
import type { Prisma } from "../generated/prisma/client";
import { fontColor } from "../tracks/font-color";
import { DATA_FILES, ImportNotes, currentData, dataFiles, detectFormat, findRoot, normName, type ArchiveData, type Item } from "./archive-files";
import { convertLegacy, legacySpelling } from "./convert-legacy";
import { ImportError } from "./errors";
import { completeForms, formFieldFromRow } from "./forms";
import { IMPORT_LIMITS, type ImportLimits } from "./limits";
import type { ImportFormat, ImportPlan, PlannedSession } from "./plan";
import { FILE_SCHEMAS, URL_FIELDS } from "./schemas";
import type { ZipArchive } from "./zip-reader";

/*
 * Turns an opened archive into an ImportPlan, or fails with a message naming the file and the
 * item. A legacy archive is first converted into the current format (convert-legacy.ts); one
 * parser then reads both. Nothing here touches the database: every check (types, references,
 * duplicate ids) happens before the first write, so a bad archive never starts a transaction.
 */

export function parseArchive(archive: ZipArchive, limits: ImportLimits = IMPORT_LIMITS): ImportPlan {
  const root = findRoot(archive);
  const format = detectFormat(archive, root);
  const files = dataFiles(archive, root, limits);
  const legacy = format === "open-event-legacy";
  const notes = new ImportNotes(legacy ? legacySpelling : undefined);
  const data = legacy ? convertLegacy(files, notes) : currentData(files);
  return planImport(format, data, new Urls(archive, root, notes), notes);
}

const MEDIA_FOLDERS = ["images", "videos", "documents", "audio"] as const;

/** The API's schema of a URL field (lib/content/fields.ts) and how a refusal is told. */
interface UrlRule {
  schema: z.ZodType;
  description: string;
  /** What happens to the refused value (the field is emptied, or the row is not imported). */
  dropped: string;
}
const RULES: Record<"media" | "link" | "social", UrlRule> = {
  link: { schema: optionalUrl, description: "an http(s) URL", dropped: "left empty" },
  /** Fields that take uploaded files: images, and sessions' slides, video and audio. */
  media: { schema: optionalUrlOrSitePath, description: "an http(s) URL or a path on this site", dropped: "left empty" },
  social: { schema: httpUrl, description: "an http(s) URL", dropped: "the link was not imported" },
};

type UrlFile = keyof typeof URL_FIELDS;
type UrlValues<F extends UrlFile> = Record<keyof (typeof URL_FIELDS)[F], string | null>;

/** The URL fields of the data, and the media of the archive that they name. */
class Urls {
  readonly media = new Map<string, Set<string>>();
  readonly remoteUrls = new Map<string, Set<string>>();
  /** Archive paths that the data names but the archive lacks: the first value and who names it. */
  readonly missing = new Map<string, { value: string; where: Set<string> }>();

  constructor(
    readonly archive: ZipArchive,
    readonly root: string,
    private readonly notes: ImportNotes,
  ) {}

  /** Every URL field of one row (URL_FIELDS), checked in the table's order. */
  read<F extends UrlFile>(file: F, row: Record<string, unknown>, where: string): UrlValues<F> {
    const out: Record<string, string | null> = {};
    for (const [key, kind] of Object.entries(URL_FIELDS[file]) as [string, keyof typeof RULES][]) {
      const value = row[key] as string | null | undefined;
      out[key] = kind === "media" ? this.mediaUrl(value, where, key) : this.link(value, where, key, RULES[kind]);
    }
    return out as UrlValues<F>;
  }

  /**
   * A URL field that is not media (a web site, a ticket shop, a social profile): kept when the
   * API's schema of the field takes it, otherwise left empty and listed as skipped. Blank values
   * read like the other text fields.
   */
  private link(value: string | null | undefined, where: string, key: string, rule: UrlRule): string | null {
    if (value === null || value === undefined) return null;
    if (!value.trim()) return value;
    return this.accepts(value, where, key, rule) ? value : null;
  }

  /**
   * A media URL field: a path into the archive (`/images/speakers/a.jpg`) becomes a media file to
   * store; a remote URL is kept as it is here and downloaded later (see download-remote-media).
   * Anything else must pass the API's schema of the field, like a link.
   */
  private mediaUrl(value: string | null | undefined, where: string, key: string): string | null {
    if (value === null || value === undefined) return null;
    const trimmed = value.trim();
    if (!trimmed) return value;
    const archived = this.archivePath(trimmed);
    if (archived && this.archive.files.has(archived)) {
      const refs = this.media.get(archived) ?? new Set<string>();
      refs.add(value);
      this.media.set(archived, refs);
      return value;
    }
    if (!this.accepts(value, where, key, RULES.media)) return null;
    if (/^https?:\/\//i.test(trimmed)) {
      const refs = this.remoteUrls.get(trimmed) ?? new Set<string>();
      refs.add(value);
      this.remoteUrls.set(trimmed, refs);
      return value;
    }
    if (archived) {
      // One entry per file, however many fields and items name it (an image and its sizes).
      const missing = this.missing.get(archived) ?? { value, where: new Set<string>() };
      missing.where.add(where);
      this.missing.set(archived, missing);
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
      return this.root + decodeURI(local);
    } catch {
      return null;
    }
  }

  private accepts(value: string, where: string, key: string, rule: UrlRule): boolean {
    if (rule.schema.safeParse(value).success) return true;
    const shown = value.length > 100 ? `${value.slice(0, 100)}…` : value;
    this.notes.skipped.push(`${where}: ${this.notes.field(key)} ${JSON.stringify(shown)} is not ${rule.description}; ${rule.dropped}`);
    return false;
  }
}

interface Keyed<T> {
  id: string;
  name: string;
  label: string;
  row: T;
}

/** Old id → plan index; see ArchiveData.repeatedIds for when an id may repeat. */
function indexById<T>(file: string, rows: Keyed<T>[], repeatedIds: boolean, skipped: string[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  rows.forEach((row, position) => {
    const list = index.get(row.id) ?? [];
    const clash = list.find((other) => !repeatedIds || normName(rows[other]!.name) === normName(row.name));
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
  const named = list.filter((position) => normName(rows[position]!.name) === normName(ref.name));
  if (named.length !== 1) throw new ImportError(`${label}: ${what} ${ref.id} is ambiguous (${list.length} items of ${file} have this id)`);
  return named[0]!;
}

const nn = <T>(value: T | null | undefined): T | null => (value === undefined ? null : value);

function planImport(format: ImportFormat, data: ArchiveData, urls: Urls, notes: ImportNotes): ImportPlan {
  const { skipped } = notes;

  // --- event ---
  const ev = notes.parse(FILE_SCHEMAS.event, data.event);
  if (ev.state && ev.state.toLowerCase() !== "draft") skipped.push(`event: state "${ev.state}" — an imported event starts as a draft`);

  // --- rows of each file ---
  const socialLinks = data.social_links.flatMap((item) => {
    const row = notes.parse(FILE_SCHEMAS.social_links, item);
    const { link } = urls.read("social_links", row, item.label);
    return link ? [{ name: row.name, link, identifier: nn(row.identifier) }] : [];
  });

  const rooms: Keyed<ImportPlan["rooms"][number]>[] = data.microlocations.map((item) => {
    const row = notes.parse(FILE_SCHEMAS.microlocations, item);
    return {
      id: row.id,
      name: row.name,
      label: item.label,
      row: {
        name: row.name,
        floor: nn(row.floor),
        room: nn(row.room),
        latitude: nn(row.latitude),
        longitude: nn(row.longitude),
        position: row.position ?? item.index,
        hiddenInScheduler: row.hidden_in_scheduler ?? false,
      },
    };
  });

  const tracks: Keyed<ImportPlan["tracks"][number]>[] = data.tracks.map((item) => {
    const row = notes.parse(FILE_SCHEMAS.tracks, item);
    const color = row.color || "#3b82f6";
    // The font colour is derived from the colour here; only a file that says otherwise loses something.
    if (row.font_color && row.font_color.trim().toLowerCase() !== fontColor(color)) {
      skipped.push(`${item.label}: font colour ${row.font_color} — it is derived from the colour here (${fontColor(color)})`);
    }
    return { id: row.id, name: row.name, label: item.label, row: { name: row.name, description: nn(row.description), color, position: row.position ?? item.index } };
  });

  const sessionTypes: Keyed<ImportPlan["sessionTypes"][number]>[] = data.session_types.map((item) => {
    const row = notes.parse(FILE_SCHEMAS.session_types, item);
    return { id: row.id, name: row.name, label: item.label, row: { name: row.name, length: row.length ?? "00:30", position: row.position ?? item.index } };
  });

  const sponsors = data.sponsors.map((item) => {
    const row = notes.parse(FILE_SCHEMAS.sponsors, item);
    const { url, logo_url } = urls.read("sponsors", row, item.label);
    return {
      name: row.name,
      description: nn(row.description),
      url,
      level: row.level ?? 0,
      logoUrl: logo_url,
      type: nn(row.type),
      position: row.position ?? item.index,
    };
  });

  const speakers: Keyed<ImportPlan["speakers"][number]>[] = data.speakers.map((item) => {
    const row = notes.parse(FILE_SCHEMAS.speakers, item);
    const url = urls.read("speakers", row, item.label);
    return {
      id: row.id,
      name: row.name,
      label: item.label,
      row: {
        name: row.name,
        email: nn(row.email),
        mobile: nn(row.mobile),
        photoUrl: url.photo_url,
        thumbnailImageUrl: url.thumbnail_image_url,
        smallImageUrl: url.small_image_url,
        iconImageUrl: url.icon_image_url,
        shortBiography: nn(row.short_biography),
        longBiography: nn(row.long_biography),
        speakingExperience: nn(row.speaking_experience),
        website: url.website,
        twitter: url.twitter,
        github: url.github,
        linkedin: url.linkedin,
        facebook: url.facebook,
        organisation: nn(row.organisation),
        position: nn(row.position),
        country: nn(row.country),
        city: nn(row.city),
        gender: nn(row.gender),
        isFeatured: row.is_featured ?? false,
        complexFieldValues: (row.complex_field_values ?? undefined) as Prisma.InputJsonValue | undefined,
      },
    };
  });

  const forms = parseForms(data.forms, notes);

  // --- sessions, with references resolved ---
  const parsedSessions = data.sessions.map((item) => ({ item, row: notes.parse(FILE_SCHEMAS.sessions, item) }));

  const roomIndex = indexById("microlocations", rooms, data.repeatedIds, skipped);
  const trackIndex = indexById("tracks", tracks, data.repeatedIds, skipped);
  const typeIndex = indexById("session_types", sessionTypes, data.repeatedIds, skipped);
  const speakerIndex = indexById("speakers", speakers, data.repeatedIds, skipped);

  // Sessions are referenced only by the back-reference lists we ignore, so legacy duplicates
  // (PyCon 2017 has two different sessions with id 402) are harmless; ours must be unique.
  const sessionIds = new Map<string, number>();
  let deleted = 0;
  const sessions: PlannedSession[] = [];
  for (const { item, row } of parsedSessions) {
    const { label } = item;
    const first = sessionIds.get(row.id);
    if (first !== undefined) {
      if (!data.repeatedIds) throw new ImportError(`${label}: duplicate id (also item ${first + 1})`);
      skipped.push(`sessions: id ${row.id} is used by more than one item; each was imported as its own session`);
    } else sessionIds.set(row.id, item.index);
    if (row.deleted_at) {
      deleted += 1;
      continue;
    }
    const speakerPositions = new Set<number>();
    for (const ref of row.speakers ?? []) {
      if (ref) speakerPositions.add(resolve(speakerIndex, speakers, ref, "speaker", "speakers", label));
    }
    const url = urls.read("sessions", row, label);
    sessions.push({
      data: {
        title: row.title,
        subtitle: nn(row.subtitle),
        shortAbstract: nn(row.short_abstract),
        longAbstract: nn(row.long_abstract),
        comments: nn(row.comments),
        language: nn(row.language),
        level: nn(row.level),
        startsAt: nn(row.starts_at),
        endsAt: nn(row.ends_at),
        state: row.state ?? "draft",
        slidesUrl: url.slides_url,
        videoUrl: url.video_url,
        audioUrl: url.audio_url,
        signupUrl: url.signup_url,
        isLocked: row.is_locked ?? false,
        submittedAt: nn(row.submitted_at),
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
  if (deleted) skipped.push(`sessions: ${deleted} deleted session(s) were not imported`);

  // --- event row ---
  const eventUrl = urls.read("event", ev, "event");
  const event: ImportPlan["event"] = {
    name: ev.name,
    description: nn(ev.description),
    timezone: ev.timezone,
    startsAt: ev.starts_at!,
    endsAt: ev.ends_at!,
    locationName: nn(ev.location_name),
    searchableLocationName: nn(ev.searchable_location_name),
    latitude: nn(ev.latitude),
    longitude: nn(ev.longitude),
    online: ev.online ?? false,
    email: nn(ev.email),
    originalImageUrl: eventUrl.original_image_url,
    largeImageUrl: eventUrl.large_image_url,
    thumbnailImageUrl: eventUrl.thumbnail_image_url,
    iconImageUrl: eventUrl.icon_image_url,
    logoUrl: eventUrl.logo_url,
    ownerName: nn(ev.owner_name),
    ownerDescription: nn(ev.owner_description),
    // Open Event's flag; archives without it show the organizer they name.
    hasOwnerInfo: typeof ev.has_owner_info === "boolean" ? ev.has_owner_info : Boolean(ev.owner_name || ev.owner_description),
    externalEventUrl: eventUrl.external_event_url,
    ticketUrl: eventUrl.ticket_url,
    codeOfConduct: nn(ev.code_of_conduct),
    privacy: ev.privacy ?? "public",
    state: "draft",
    schedulePublishedOn: nn(ev.schedule_published_on),
    isSessionsSpeakersEnabled: ev.is_sessions_speakers_enabled ?? true,
    isSponsorsEnabled: ev.is_sponsors_enabled ?? false,
  };

  skipped.push(...unreadFiles(urls), ...notes.droppedFields());

  return {
    format,
    event,
    taxonomy: {
      type: { name: nn(ev.type), slug: nn(ev.type_slug) },
      topic: { name: nn(ev.topic), slug: nn(ev.topic_slug) },
      subTopic: { name: nn(ev.sub_topic), slug: nn(ev.sub_topic_slug) },
    },
    socialLinks,
    forms,
    rooms: rooms.map((item) => item.row),
    sponsors,
    speakers: speakers.map((item) => item.row),
    tracks: tracks.map((item) => item.row),
    sessionTypes: sessionTypes.map((item) => item.row),
    sessions,
    media: urls.media,
    remoteUrls: urls.remoteUrls,
    skipped,
  };
}

/** What the archive holds besides the data and the media it names. */
function unreadFiles(urls: Urls): string[] {
  const { archive, root } = urls;
  const notes: string[] = [];
  for (const path of archive.files.keys()) {
    if (!path.startsWith(root)) {
      notes.push(`${path}: outside the event folder; not imported`);
      continue;
    }
    const local = path.slice(root.length);
    const top = local.split("/")[0]!;
    if (DATA_FILES.includes(local) || urls.media.has(path)) continue;
    if (local === "config.json") notes.push("config.json: settings of the legacy app generator; not imported");
    else if (!(MEDIA_FOLDERS as readonly string[]).includes(top)) notes.push(`${local}: unknown file; not imported`);
  }
  const unreferenced = [...archive.files.keys()].filter((path) => {
    const top = path.slice(root.length).split("/")[0]!;
    return path.startsWith(root) && (MEDIA_FOLDERS as readonly string[]).includes(top) && !urls.media.has(path);
  });
  for (const { value, where } of urls.missing.values()) {
    const [first, ...others] = where;
    const also = others.length ? ` and ${others.length} other item(s)` : "";
    notes.push(`${first}${also}: ${value} is not in the archive; the link was kept as it is`);
  }
  if (unreferenced.length) notes.push(`${unreferenced.length} media file(s) not referenced by any item were not imported`);
  return notes;
}

function parseForms(items: Item[], notes: ImportNotes): ImportPlan["forms"] {
  const forms: ImportPlan["forms"] = [];
  const seen = new Map<string, string>();
  for (const item of items) {
    const form = formFieldFromRow(notes.parse(FILE_SCHEMAS.forms, item), item.index, item.label, notes.skipped);
    const key = `${form.form} ${form.fieldIdentifier}`;
    const first = seen.get(key);
    if (first) throw new ImportError(`${item.label}: duplicate ${form.form} form field "${form.fieldIdentifier}" (also ${first})`);
    seen.set(key, item.label.replace(/^forms: /, ""));
    forms.push(form);
  }
  return completeForms(forms);
}
