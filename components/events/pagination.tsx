import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { lastPage } from "@/lib/pagination";

/** Previous/next links for a `?page=` list; nothing when everything fits on one page. */
export function Pagination({ path, page, pageSize, count }: { path: string; page: number; pageSize: number; count: number }) {
  const pages = lastPage(count, pageSize);
  if (pages <= 1) return null;
  const href = (n: number) => (n === 1 ? path : `${path}?page=${n}`);
  return (
    <nav aria-label="Pages" className="flex items-center justify-between gap-3 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className={buttonClasses("secondary")} rel="prev">
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

/** `?page=` as a positive integer (anything else is page 1). */
export function pageNumber(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n > 0 ? n : 1;
}
