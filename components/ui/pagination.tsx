import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { lastPage } from "@/lib/pagination";

/**
 * Previous/next links of a paged list; nothing when one page holds everything. `href` is the
 * list's path (pages 2… get `?page=n`) or, where filters in the URL must survive paging, a
 * function from a page number to its URL (server components only: functions cannot cross to
 * the browser). A page past the end still links back to the last one.
 */
export function Pagination({
  page,
  pageSize,
  count,
  href,
}: {
  page: number;
  pageSize: number;
  count: number;
  href: string | ((page: number) => string);
}) {
  const pages = lastPage(count, pageSize);
  if (pages <= 1 && page <= 1) return null;
  const to = typeof href === "string" ? (n: number) => (n === 1 ? href : `${href}?page=${n}`) : href;
  return (
    <nav aria-label="Pages" className="flex items-center justify-between gap-3 text-sm">
      {page > 1 ? (
        <Link href={to(Math.min(page - 1, pages))} className={buttonClasses("secondary")} rel="prev">
          Previous
        </Link>
      ) : (
        <span />
      )}
      <span className="text-slate-600">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link href={to(page + 1)} className={buttonClasses("secondary")} rel="next">
          Next
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

/** `?page=` as a positive integer (anything else is page 1). */
export function pageNumber(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n > 0 ? n : 1;
}
