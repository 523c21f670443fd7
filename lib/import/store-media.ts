import { AppError } from "../errors";
import { UPLOADS_PATH } from "../export-jobs/fetch-media";
import { deleteFile, putFile } from "../storage";
import { sanitizeFile, type SanitizedFile } from "../uploads/sanitize-file";
import type { ImportLimits } from "./limits";
import type { ImportPlan } from "./plan";
import type { ZipArchive } from "./zip-reader";

/**
 * The archive's media files (`images/…`, `documents/…`) go into the file store, and the data's
 * URLs are rewritten to them. They take the path of an upload (lib/uploads/sanitize-file.ts):
 * the type is decided by the content, never by the name, so a `.png` that is really HTML (or an
 * SVG, which can carry script) is not stored, because the upload route would serve it to
 * browsers under our origin; and images are decoded and encoded again, so the EXIF and GPS
 * positions of a speaker's photo are not published because it came in an archive. Other files
 * are stored byte for byte.
 */

export type CheckedMedia = { file: SanitizedFile } | { refused: string };

/**
 * A media file of the import (from the archive or downloaded), checked and cleaned like an
 * upload. A file that is refused is not stored and the import goes on: `notMedia` says why when
 * its type is not one we serve, the upload check's own words when it is an image that does not
 * decode or is over the pixel limit. Anything else (sharp failing for want of memory) fails the
 * import.
 */
export async function checkMedia(bytes: Uint8Array, notMedia: string): Promise<CheckedMedia> {
  try {
    const file = await sanitizeFile(bytes, {});
    return file ? { file } : { refused: notMedia };
  } catch (error) {
    if (error instanceof AppError && error.code === "UNPROCESSABLE") return { refused: error.detail.charAt(0).toLowerCase() + error.detail.slice(1) };
    throw error;
  }
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
        const checked = await checkMedia(archive.read(path), "not a recognised image, document, video or audio file (checked by content)");
        if ("refused" in checked) {
          plan.skipped.push(`${path}: ${checked.refused}; not stored`);
        } else {
          const key = keyFor(options.prefix, index, path);
          const file = await putFile(key, checked.file.bytes, checked.file.mime);
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
