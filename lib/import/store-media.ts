import { UPLOADS_PATH } from "../export-jobs/fetch-media";
import { deleteFile, putFile } from "../storage";
import { detectFileType } from "../uploads/detect-type";
import type { ImportLimits } from "./limits";
import type { ImportPlan } from "./plan";
import type { ZipArchive } from "./zip-reader";

/**
 * The archive's media files (`images/…`, `documents/…`) go into the file store, byte for byte,
 * and the data's URLs are rewritten to them. The type is decided by the content, never by the
 * name: a `.png` that is really HTML (or an SVG, which can carry script) is not stored, because
 * the upload route would serve it to browsers under our origin.
 */

/**
 * The media type of a file from its bytes (file-type's signatures), limited to what the upload
 * routes accept; null for anything else, HTML and SVG included.
 */
export async function sniffContentType(bytes: Uint8Array): Promise<string | null> {
  return (await detectFileType(bytes))?.mime ?? null;
}

/** The last segment of a path as a storage key segment (plain characters only, never empty). */
export function safeFileName(path: string): string {
  const base = path
    .slice(path.lastIndexOf("/") + 1)
    .replace(/[^A-Za-z0-9._-]+/g, "_")
    // A segment with ".." is refused by the store (assertSafeKey), which would fail the import.
    .replace(/\.{2,}/g, ".")
    .replace(/^[._-]+/, "")
    .slice(0, 120);
  return base || "file";
}

/** Storage keys allow plain segments only; the counter keeps sanitised names apart. */
function keyFor(prefix: string, index: number, path: string): string {
  return `${prefix}/${index}-${safeFileName(path)}`;
}

export interface StoredMedia {
  /** Original URL value in the data → its new URL (null: not stored, the field is cleared). */
  urls: Map<string, string | null>;
  keys: string[];
}

export async function storeMedia(
  archive: ZipArchive,
  plan: ImportPlan,
  options: { prefix: string; limits: ImportLimits; onProgress?: (done: number, total: number) => Promise<void> },
): Promise<StoredMedia> {
  const stored: StoredMedia = { urls: new Map(), keys: [] };
  const entries = [...plan.media.entries()];
  let index = 0;
  try {
    for (const [path, values] of entries) {
      index += 1;
      const entry = archive.files.get(path)!;
      let url: string | null = null;
      if (entry.uncompressedSize > options.limits.maxMediaFileBytes) {
        plan.skipped.push(`${path}: larger than ${options.limits.maxMediaFileBytes} bytes; not stored`);
      } else {
        const bytes = archive.read(path);
        const type = await sniffContentType(bytes);
        if (!type) {
          plan.skipped.push(`${path}: not a recognised image, document, video or audio file (checked by content); not stored`);
        } else {
          const key = keyFor(options.prefix, index, path);
          const file = await putFile(key, bytes, type);
          stored.keys.push(key);
          url = file.url ?? `${UPLOADS_PATH}${key}`;
        }
      }
      for (const value of values) stored.urls.set(value, url);
      await options.onProgress?.(index, entries.length);
    }
  } catch (error) {
    await deleteMedia(stored.keys);
    throw error;
  }
  return stored;
}

/** Best effort: a failed import must leave no files, but a cleanup error must not hide the cause. */
export async function deleteMedia(keys: readonly string[]): Promise<void> {
  await Promise.all(keys.map((key) => deleteFile(key).catch((error) => console.error(`[import] could not delete ${key}`, error))));
}

/**
 * Rewrites the plan's URL fields whose value is a key of `urls`: archive paths (`storeMedia`) and
 * remote URLs (`downloadRemoteMedia`), both keyed by the value exactly as the data holds it.
 */
export function applyMediaUrls(plan: ImportPlan, urls: Map<string, string | null>): void {
  const map = (value: string | null | undefined) => (value != null && urls.has(value) ? urls.get(value)! : (value ?? null));
  const e = plan.event;
  e.originalImageUrl = map(e.originalImageUrl);
  e.largeImageUrl = map(e.largeImageUrl);
  e.thumbnailImageUrl = map(e.thumbnailImageUrl);
  e.iconImageUrl = map(e.iconImageUrl);
  e.logoUrl = map(e.logoUrl);
  for (const s of plan.speakers) {
    s.photoUrl = map(s.photoUrl);
    s.thumbnailImageUrl = map(s.thumbnailImageUrl);
    s.smallImageUrl = map(s.smallImageUrl);
    s.iconImageUrl = map(s.iconImageUrl);
  }
  for (const s of plan.sponsors) s.logoUrl = map(s.logoUrl);
  for (const { data } of plan.sessions) {
    data.slidesUrl = map(data.slidesUrl);
    data.videoUrl = map(data.videoUrl);
    data.audioUrl = map(data.audioUrl);
  }
}
