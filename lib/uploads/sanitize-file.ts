import type { ErrorSource } from "../errors";
import { detectFileType, type FileCategory } from "./detect-type";
import { processImage } from "./process-image";

export interface SanitizedFile {
  /** What is stored: the file's own bytes, or an image's re-encoded ones. */
  bytes: Uint8Array;
  mime: string;
  ext: string;
  category: FileCategory;
}

/**
 * The one way a file reaches the public store, whoever brings it: `/v1/upload/files`, or an
 * import (files of the archive, remote URLs it downloads). The type is read from the content
 * and must be one we serve; `null` for anything else (HTML, SVG, scripts, unknown signatures).
 * An image is decoded and encoded again like an upload to `/v1/upload/image`, so EXIF with GPS
 * positions and whatever is appended to the pixels is gone: the way a photo arrives must not
 * decide whether it is published with its metadata. An image that does not decode (or is over
 * the pixel limit) throws an UNPROCESSABLE AppError at `source`.
 */
export async function sanitizeFile(bytes: Uint8Array, source: ErrorSource): Promise<SanitizedFile | null> {
  const type = await detectFileType(bytes);
  if (!type) return null;
  if (type.category !== "image") return { bytes, mime: type.mime, ext: type.ext, category: type.category };
  const image = await processImage(bytes, source);
  return { bytes: image.bytes, mime: image.mime, ext: image.ext, category: "image" };
}
