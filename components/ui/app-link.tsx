import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * Where no page of this app lives: API answers, downloads and stored files. next/link would
 * prefetch such a URL as soon as the link is on screen (downloading a whole export for nothing)
 * and, when followed, try to render it as a page.
 */
const NOT_PAGES = ["/v1/", "/api/", "/uploads/", "/images/"];

/**
 * A path of this site that the router can show as a page: same origin (relative, not `//host`),
 * outside the API and file prefixes, and not a file name (`/sitemap.xml`, `…/schedule.ics`).
 */
export function isAppPage(href: string): boolean {
  if (!href.startsWith("/") || href.startsWith("//")) return false;
  const path = href.split(/[?#]/, 1)[0] ?? "";
  if (NOT_PAGES.some((prefix) => path.startsWith(prefix))) return false;
  const last = path.slice(path.lastIndexOf("/") + 1);
  return !last.includes(".");
}

/** A link to a stored href: client navigation for pages of this app, a plain link for anything else. */
export function AppLink({ href, ...props }: Omit<ComponentProps<"a">, "href"> & { href: string }) {
  return isAppPage(href) ? <Link href={href} {...props} /> : <a href={href} {...props} />;
}
