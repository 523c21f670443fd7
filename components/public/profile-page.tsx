import Link from "next/link";
import type { ReactNode } from "react";
import { RichText } from "./rich-text";

/**
 * The frame of a public session or speaker page: a breadcrumb back to the event and to the
 * list the page belongs to, the page's own header, then its sections.
 */
export function ProfilePage({
  event,
  parent,
  header,
  children,
}: {
  event: { identifier: string; name: string };
  /** The list this page belongs to: the schedule, the speakers. */
  parent: { label: string; href: string };
  header: ReactNode;
  children: ReactNode;
}) {
  return (
    <article className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
        <ol className="flex flex-wrap items-center gap-1">
          <li>
            <Link href={`/e/${encodeURIComponent(event.identifier)}`} className="hover:underline">
              {event.name}
            </Link>
          </li>
          <li aria-hidden="true">/</li>
          <li>
            <Link href={parent.href} className="hover:underline">
              {parent.label}
            </Link>
          </li>
        </ol>
      </nav>
      {header}
      {children}
    </article>
  );
}

/** A titled section of a profile page. */
export function ProfileSection({ id, title, className = "space-y-2", children }: { id: string; title: string; className?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The abstract of a session or the biography of a speaker: the long text, else the short one, else nothing. */
export function ProfileText({ id, title, long, short }: { id: string; title: string; long: string | null; short: string | null }) {
  const html = long || short;
  if (!html) return null;
  return (
    <ProfileSection id={id} title={title}>
      <RichText html={html} />
    </ProfileSection>
  );
}

/**
 * Links to what lives elsewhere (slides, a speaker's profiles): only those with an address,
 * never followed by search engines (the addresses are the speakers' input). Nothing without one.
 */
export function ExternalLinks({ links }: { links: readonly (readonly [label: string, href: string | null])[] }) {
  const present = links.filter((link): link is readonly [string, string] => link[1] !== null);
  if (!present.length) return null;
  return (
    <ul className="flex flex-wrap gap-3 text-sm">
      {present.map(([label, href]) => (
        <li key={label}>
          <a href={href} rel="nofollow noopener noreferrer" className="font-medium text-brand-700 hover:underline">
            {label}
          </a>
        </li>
      ))}
    </ul>
  );
}
