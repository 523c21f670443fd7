"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/** The event dashboard's sections, in the order organizers work through them. */
const SECTIONS = [
  { segment: "", label: "Overview" },
  { segment: "sessions", label: "Sessions" },
  { segment: "speakers", label: "Speakers" },
  { segment: "schedule", label: "Schedule" },
  // Tracks, rooms and session types: what the sessions and speakers pages pick from.
  { segment: "setup", label: "Setup", title: "Sessions & speakers setup: tracks, rooms and session types" },
  // What the proposal page and the session and speaker forms ask for.
  { segment: "forms", label: "Forms", title: "Session and speaker forms" },
  { segment: "sponsors", label: "Sponsors" },
  { segment: "social-links", label: "Social links" },
  { segment: "tickets", label: "Tickets" },
  { segment: "team", label: "Team" },
  { segment: "export", label: "Export" },
  { segment: "edit", label: "Edit" },
] as const;

/**
 * Sub-navigation of one event. It is a client component only because the current section
 * comes from the URL (`usePathname`); the links themselves work without JavaScript. On a phone
 * the row scrolls sideways instead of wrapping, and the current section is scrolled into view.
 */
export function EventNav({ eventId }: { eventId: string }) {
  const pathname = usePathname();
  const base = `/events/${encodeURIComponent(eventId)}`;
  const currentRef = useRef<HTMLAnchorElement>(null);

  const isCurrent = (segment: string) =>
    segment === "" ? pathname === base : pathname === `${base}/${segment}` || pathname.startsWith(`${base}/${segment}/`);

  useEffect(() => {
    currentRef.current?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [pathname]);

  return (
    <nav aria-label="Event" className="-mx-4 border-b border-slate-200 sm:mx-0">
      <ul className="flex gap-1 overflow-x-auto px-4 [scrollbar-width:thin] sm:px-0">
        {SECTIONS.map((section) => {
          const current = isCurrent(section.segment);
          return (
            <li key={section.segment} className="shrink-0">
              <Link
                ref={current ? currentRef : undefined}
                href={section.segment ? `${base}/${section.segment}` : base}
                aria-current={current ? "page" : undefined}
                title={"title" in section ? section.title : undefined}
                className={`-mb-px inline-block whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium ${
                  current
                    ? "border-brand-600 text-brand-700"
                    : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900"
                }`}
              >
                {section.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
