import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { lastPage } from "@/lib/pagination";

/**
 * Previous/next links of a filtered list. Unlike components/events/pagination.tsx, the hrefs
 * come from the caller so the filters in the URL survive paging. Nothing when one page fits.
 */
export function ListPagination({
  page,
  pageSize,
  count,
  href,
}: {
  page: number;
  pageSize: number;
  count: number;
  /** The list's URL for a page number (a server-side function: this is a server component). */
  href: (page: number) => string;
}) {
  const pages = lastPage(count, pageSize);
  if (pages <= 1 && page <= 1) return null;
  return (
    <nav aria-label="Pages" className="flex items-center justify-between gap-3 text-sm">
      {page > 1 ? (
        <Link href={href(Math.min(page - 1, pages))} className={buttonClasses("secondary")} rel="prev">
          Previous
        </Link>
      ) : (
        <span />
      )}
      <span className="text-slate-600">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} className={buttonClasses("secondary")} rel="next">
          Next
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
