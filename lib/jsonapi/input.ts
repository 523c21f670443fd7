import { z } from "zod";
import { notFound } from "../errors";

/**
 * Request values PostgreSQL would refuse, caught where requests are parsed so that the client
 * hears about its own input (404 for an id, 422 at a pointer, 400 naming a parameter) instead of
 * the database failing the query: row ids beyond PostgreSQL's `integer` (22003) and text holding
 * U+0000, which neither `text` (22021) nor `jsonb` (22P05) can store.
 */

/** The largest value of PostgreSQL's `integer`, the type of every row id. */
export const MAX_ROW_ID = 2_147_483_647;

/**
 * A row id as URLs and resource linkage carry it (`"42"`; a number from a form): digits only,
 * 1 … 2³¹−1. Anything else (`-1`, `1e3`, `abc`, `2147483648`, `4.5`) names no row: undefined.
 */
export function parseRowId(id: string | number): number | undefined {
  const value = typeof id === "number" ? id : /^\d{1,10}$/.test(id) ? Number(id) : Number.NaN;
  return Number.isSafeInteger(value) && value >= 1 && value <= MAX_ROW_ID ? value : undefined;
}

/** `parseRowId`, answering an id that names no row as NOT_FOUND, like a missing row. */
export function rowIdOrNotFound(id: string | number, what = "Resource"): number {
  const value = parseRowId(id);
  if (value === undefined) throw notFound(what);
  return value;
}

/** A row id in a JSON:API linkage (`{"type": "speaker", "id": "7"}`) → the number. */
export const rowIdString = (message: string) =>
  z
    .string()
    .refine((id) => parseRowId(id) !== undefined, message)
    .transform(Number);

/** A row id as forms send it (a number). */
export const rowIdNumber = z.number().int().positive().max(MAX_ROW_ID);

export const hasNul = (text: string) => text.includes("\u0000");

const escapePointer = (key: string) => key.replace(/~/g, "~0").replace(/\//g, "~1");

/**
 * The JSON pointer (RFC 6901, relative to `pointer`) of the first string in `value` — a member
 * name or a value — that holds U+0000, or undefined when there is none.
 */
export function nulPointer(value: unknown, pointer = ""): string | undefined {
  if (typeof value === "string") return hasNul(value) ? pointer : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulPointer(item, `${pointer}/${index}`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const member = `${pointer}/${escapePointer(key)}`;
      if (hasNul(key)) return member;
      const found = nulPointer(item, member);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

export const NUL_DETAIL = "Must not contain NUL (U+0000) characters";
