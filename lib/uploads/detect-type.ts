import { fileTypeFromBuffer } from "file-type";

/**
 * What an uploaded file really is, read from its bytes (magic numbers, via `file-type`), never
 * from its name or the type the client claims. Text formats (HTML, SVG, scripts) have no
 * signature and are refused: served under our origin they could run script.
 */
export type FileCategory = "image" | "document" | "audio" | "video";

export interface DetectedType {
  mime: string;
  ext: string;
  category: FileCategory;
}

const ALLOWED: Record<string, FileCategory> = {
  "image/png": "image",
  "image/jpeg": "image",
  "image/gif": "image",
  "image/webp": "image",
  "image/avif": "image",
  "application/pdf": "document",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "document",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "document",
  "application/vnd.oasis.opendocument.presentation": "document",
  "application/vnd.oasis.opendocument.text": "document",
  "application/vnd.oasis.opendocument.spreadsheet": "document",
  // Legacy Office (.ppt/.doc/.xls) share the Compound File container.
  "application/x-cfb": "document",
  "audio/mpeg": "audio",
  "audio/ogg": "audio",
  "audio/opus": "audio",
  "audio/wav": "audio",
  "audio/x-wav": "audio",
  "audio/flac": "audio",
  "audio/x-flac": "audio",
  "audio/mp4": "audio",
  "audio/x-m4a": "audio",
  "audio/aac": "audio",
  "video/mp4": "video",
  "video/webm": "video",
  "video/quicktime": "video",
  "video/ogg": "video",
  "video/x-matroska": "video",
};

export async function detectFileType(bytes: Uint8Array): Promise<DetectedType | null> {
  const found = await fileTypeFromBuffer(bytes);
  if (!found) return null;
  const category = ALLOWED[found.mime];
  return category ? { mime: found.mime, ext: found.ext, category } : null;
}

export const ALLOWED_DESCRIPTION = "images (PNG, JPEG, GIF, WebP, AVIF), PDF and office documents, audio or video";
