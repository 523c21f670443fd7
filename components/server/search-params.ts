/** A page's query string as Next.js hands it over: a name given twice is an array. */
export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The first value of a query parameter (`?q=a&q=b` is "a"). */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
