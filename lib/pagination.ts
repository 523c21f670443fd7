/**
 * Page arithmetic, written once for the API's collections (`page[number]`, `page[size]`), their
 * pagination links and the paged lists of the UI. Page numbers start at 1.
 */

export interface PageSpec {
  number: number;
  size: number;
}

/** The rows of a page, as Prisma's `skip` and `take`. */
export const pageWindow = (page: PageSpec): { skip: number; take: number } => ({ skip: (page.number - 1) * page.size, take: page.size });

/** The number of the last page of `count` rows, `size` to a page: 1 when there are none. */
export const lastPage = (count: number, size: number): number => Math.max(1, Math.ceil(count / size));
