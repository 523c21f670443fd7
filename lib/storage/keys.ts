import { AppError } from "../errors";

/**
 * Storage keys are relative, slash-separated paths made of plain segments. Anything that could
 * climb out of the store or be read differently by another backend (`..`, leading dots,
 * backslashes, empty segments, absolute paths, control or non-ASCII characters) is refused
 * before a backend sees it, so a key built from user input can never name a file outside the
 * store.
 */
const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,199}$/;
const MAX_KEY_LENGTH = 1024;

export function assertSafeKey(key: string): string {
  const segments = key.split("/");
  const safe =
    key.length > 0 &&
    key.length <= MAX_KEY_LENGTH &&
    segments.every((segment) => SEGMENT.test(segment) && !segment.includes(".."));
  if (!safe) throw new AppError("BAD_REQUEST", "Invalid file key");
  return key;
}

export function isSafeKey(key: string): boolean {
  try {
    assertSafeKey(key);
    return true;
  } catch {
    return false;
  }
}
