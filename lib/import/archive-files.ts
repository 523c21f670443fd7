import type { z } from "zod";
import { JSON_EXPORT_FORMAT, JSON_EXPORT_VERSION } from "../export/render-json-zip";
import { ImportError } from "./errors";
import type { ImportLimits } from "./limits";
import type { ImportFormat } from "./plan";
import { metaSchema } from "./schemas";
import type { ZipArchive } from "./zip-reader";

/*
 * Reading an archive's data files into items, and validating an item with a message that names
 * the file, the item and the field. Shared by the legacy converter and the parser.
 */

export type Raw = Record<string, unknown>;

/** The data files of both formats; anything else in the event folder besides media is reported as not imported. */
export const DATA_FILES = ["event", "meta", "sessions", "speakers", "microlocations", "tracks", "session_types", "sponsors", "social_links", "forms"];

/** One item of a data file, with the words that messages use for it. */
export interface Item {
  data: Raw;
  /** The file (or nested list) it comes from, as messages and the `skipped` tally name it. */
  file: string;
  /** Its place there; a missing `position` defaults to it. */
  index: number;
  /** `sessions: item 12 (id 345)`. */
  label: string;
}

export function toItem(file: string, index: number, data: Raw): Item {
  const id = data.id;
  return { data, file, index, label: `${file}: item ${index + 1}${typeof id === "number" || typeof id === "string" ? ` (id ${id})` : ""}` };
}

/** A name as references match it: spacing and case do not count. */
export const normName = (name: unknown) => (typeof name === "string" ? name : "").trim().replace(/\s+/g, " ").toLowerCase();

/** The current format's data, as our own JSON export holds it; the legacy converter produces the same. */
export interface ArchiveData {
  event: Item;
  social_links: Item[];
  microlocations: Item[];
  tracks: Item[];
  session_types: Item[];
  sponsors: Item[];
  speakers: Item[];
  forms: Item[];
  sessions: Item[];
  /**
   * Our exports never repeat an id, so a repeat there is corruption. Legacy samples do repeat ids
   * for different people (PyCon 2017's speakers 78, 88, 400): those are accepted when the names
   * tell them apart, and references are then matched by name.
   */
  repeatedIds: boolean;
}

/** The JSON files of the event folder. */
export interface DataFiles {
  has(file: string): boolean;
  json(file: string): unknown;
}

export function dataFiles(archive: ZipArchive, root: string, limits: ImportLimits): DataFiles {
  return {
    has: (file) => archive.files.has(root + file),
    json(file) {
      const entry = archive.files.get(root + file);
      if (!entry) throw new ImportError(`Missing file "${file}"`);
      if (entry.uncompressedSize > limits.maxJsonFileBytes) {
        throw new ImportError(`${file}: the file is larger than ${limits.maxJsonFileBytes} bytes`);
      }
      return parseJson(file, archive.read(entry.path));
    },
  };
}

function parseJson(file: string, bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString("utf8").replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new ImportError(`${file}: invalid JSON (${(error as Error).message})`, { cause: error });
  }
}

/** The items of a list file (none when the archive lacks it). */
export function listItems(file: string, value: unknown): Item[] {
  if (!Array.isArray(value)) throw new ImportError(`${file}: must be a list of items`);
  return value.map((data, index) => {
    if (!data || typeof data !== "object" || Array.isArray(data)) throw new ImportError(`${file}: item ${index + 1} must be an object`);
    return toItem(file, index, data as Raw);
  });
}

export function eventItem(value: unknown): Item {
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new ImportError("event: must be an object");
  return toItem("event", 0, value as Raw);
}

/** Our own export's files, as they are. */
export function currentData(files: DataFiles): ArchiveData {
  const list = (file: string) => (files.has(file) ? listItems(file, files.json(file)) : []);
  return {
    event: eventItem(files.json("event")),
    social_links: list("social_links"),
    microlocations: list("microlocations"),
    tracks: list("tracks"),
    session_types: list("session_types"),
    sponsors: list("sponsors"),
    speakers: list("speakers"),
    forms: list("forms"),
    sessions: list("sessions"),
    repeatedIds: false,
  };
}

/** Finds the folder holding the data: the archive root, or one folder that a "compress folder" added. */
export function findRoot(archive: ZipArchive): string {
  const paths = [...archive.files.keys()].filter((path) => !path.startsWith("__MACOSX/"));
  if (paths.includes("event") || paths.includes("meta")) return "";
  const tops = new Set(paths.map((path) => (path.includes("/") ? path.slice(0, path.indexOf("/") + 1) : "")));
  if (tops.size === 1) {
    const [top] = tops;
    if (top && (archive.files.has(`${top}event`) || archive.files.has(`${top}meta`))) return top;
  }
  return "";
}

/** Our export names itself in `meta`; an archive with an `event` file and no such `meta` is a legacy one. */
export function detectFormat(archive: ZipArchive, root: string): ImportFormat {
  const metaPath = `${root}meta`;
  if (archive.files.has(metaPath)) {
    const parsed = metaSchema.safeParse(parseJson("meta", archive.read(metaPath)));
    if (parsed.success && parsed.data.format === JSON_EXPORT_FORMAT) {
      if (parsed.data.version > JSON_EXPORT_VERSION) {
        throw new ImportError(`meta: format version ${parsed.data.version} is newer than this server understands (${JSON_EXPORT_VERSION})`);
      }
      if (!archive.files.has(`${root}event`)) throw new ImportError('Missing file "event": every export has one');
      return JSON_EXPORT_FORMAT;
    }
  }
  if (archive.files.has(`${root}event`)) return "open-event-legacy";
  throw new ImportError('Missing file "event": this is not an Open Event export (neither "event" nor "meta" is in the archive)');
}

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

const isBlank = (value: unknown) =>
  value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0) ||
  (typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 0);

/**
 * What the reading of one archive has to tell: the `skipped` list, and the fields that carried
 * data we do not import (counted per file and key, listed at the end).
 */
export class ImportNotes {
  readonly skipped: string[] = [];
  private readonly dropped = new Map<string, { count: number; reason: string }>();

  /** `spell` writes a field as the archive does (legacy files dasherize). */
  constructor(private readonly spell: (key: string) => string = (key) => key) {}

  field(key: string): string {
    return `"${this.spell(key)}"`;
  }

  /** Validates one item; the message names the file, the item and the field. */
  check<S extends z.ZodType>(schema: S, item: Item): z.output<S> {
    const result = schema.safeParse(item.data);
    if (result.success) return result.data;
    const issue = result.error.issues[0]!;
    const [key, ...rest] = issue.path.map(String);
    let value: unknown = item.data;
    for (const part of issue.path) value = value && typeof value === "object" ? (value as Raw)[part as string] : undefined;
    const where = key === undefined ? "" : `${this.field(key)}${rest.map((part) => (/^\d+$/.test(part) ? `[${Number(part) + 1}]` : `.${part}`)).join("")} `;
    const message = value === undefined && key !== undefined ? "is required" : issue.message;
    throw new ImportError(`${item.label}: ${where}${message}`);
  }

  /** Validates one item and counts its non-empty fields that we do not model. */
  parse<S extends z.ZodType>(schema: S, item: Item): z.output<S> {
    const output = this.check(schema, item);
    const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape ?? {};
    const handled = HANDLED[item.file] ?? {};
    for (const [key, value] of Object.entries(item.data)) {
      if (key in shape || isBlank(value)) continue;
      if (key in handled && handled[key] === null) continue;
      const reason = handled[key] ?? "not modelled here";
      const id = `${item.file}\u0000${key}`;
      const entry = this.dropped.get(id) ?? { count: 0, reason };
      entry.count += 1;
      this.dropped.set(id, entry);
    }
    return output;
  }

  /** One line per file and field that carried data we do not import. */
  droppedFields(): string[] {
    return [...this.dropped].map(([key, { count, reason }]) => {
      const [file, field] = key.split("\u0000") as [string, string];
      return `${file}: ${this.field(field)} on ${count} item(s) — ${reason}`;
    });
  }
}
