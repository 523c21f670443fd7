/**
 * Limits of `POST /v1/upload/files` and `POST /v1/upload/image`. A body over its limit is
 * refused before it is read whole (declared length first, then counted while streaming).
 */
export const UPLOAD_LIMITS = {
  /** One file of `/v1/upload/files` (slides, documents, audio, video). */
  maxFileBytes: 50 * 1024 * 1024,
  /** Files in one `files[]` request. */
  maxFiles: 10,
  /** All files of one request together. */
  maxRequestBytes: 100 * 1024 * 1024,
  /** One image of `/v1/upload/image`, as uploaded (before re-encoding). */
  maxImageBytes: 10 * 1024 * 1024,
  /** Decoded pixels of an image: a small file can expand into gigabytes (a "pixel flood"). */
  maxImagePixels: 40_000_000,
} as const;

export type UploadLimits = { -readonly [K in keyof typeof UPLOAD_LIMITS]: number };
