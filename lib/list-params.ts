import { parseRowId } from "./jsonapi/input";

/**
 * The URL search params of the UI's filtered lists (dashboard sessions and speakers, the admin
 * lists, the mail log), read once here. Lists are server-rendered from their URL so that a
 * filtered list is shareable; anything malformed is ignored, because an old or hand-edited link
 * should show a wider list rather than an error page.
 */

export type ListParams = Record<string, string | string[] | undefined>;

/** A parameter's first value (`?q=a&q=b` is "a"), "" when absent. */
export const listParam = (params: ListParams, name: string): string => {
  const value = params[name];
  return (Array.isArray(value) ? value[0] : value) ?? "";
};

/** A row id: digits only, within PostgreSQL's `integer`, else null. */
export const rowIdParam = (params: ListParams, name: string): number | null => parseRowId(listParam(params, name)) ?? null;

/** Free text, bounded so a pasted essay does not become a giant ILIKE. */
export const textParam = (params: ListParams, name = "q"): string => listParam(params, name).trim().slice(0, 200);

/** `?page=`: a positive integer, else 1. */
export const pageParam = (params: ListParams): number => rowIdParam(params, "page") ?? 1;

/** One of `values`, else null. */
export function choiceParam<T extends string>(params: ListParams, name: string, values: readonly T[]): T | null {
  const value = listParam(params, name);
  return (values as readonly string[]).includes(value) ? (value as T) : null;
}

/**
 * A list's URL query from its filters: empty values (null, "", false-y numbers) are left out, and
 * page 1 is the list's plain URL. "" when nothing is set, else "?…".
 */
export function listSearch(values: Record<string, string | number | boolean | null | undefined>, page = 1): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value === null || value === undefined || value === "" || value === 0) continue;
    params.set(name, String(value));
  }
  if (page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `?${text}` : "";
}
