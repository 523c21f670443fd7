import Link from "next/link";
import type { ReactNode } from "react";

const SECTIONS = [
  { key: "overview", label: "Overview", path: "" },
  { key: "schedule", label: "Schedule", path: "/schedule" },
  { key: "speakers", label: "Speakers", path: "/speakers" },
] as const;

export type PublicSection = (typeof SECTIONS)[number]["key"];

/** The public event site's sections; the current one is marked for assistive technology. */
export function PublicEventNav({ identifier, current }: { identifier: string; current?: PublicSection }) {
  const base = `/e/${encodeURIComponent(identifier)}`;
  return (
    <nav aria-label="Event" className="-mx-1 flex gap-1 overflow-x-auto border-b border-slate-200 pb-px text-sm">
      {SECTIONS.map((section) => {
        const active = section.key === current;
        return (
          <Link
            key={section.key}
            href={`${base}${section.path}`}
            aria-current={active ? "page" : undefined}
            className={`-mb-px shrink-0 border-b-2 px-3 py-2 font-medium ${
              active ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900"
            }`}
          >
            {section.label}
          </Link>
        );
      })}
    </nav>
  );
}

/**
 * The head of a section page of the public site (schedule, speakers): the event's name leading
 * back to its overview, the section's name as the page title, a line about it, the sections.
 */
export function PublicSectionHeader({
  event,
  current,
  children,
}: {
  event: { identifier: string; name: string };
  current: Exclude<PublicSection, "overview">;
  children?: ReactNode;
}) {
  const title = SECTIONS.find((section) => section.key === current)?.label;
  return (
    <>
      <div className="space-y-1">
        <p className="text-sm text-slate-600">
          <Link href={`/e/${encodeURIComponent(event.identifier)}`} className="hover:underline">
            {event.name}
          </Link>
        </p>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{title}</h1>
        {children}
      </div>
      <PublicEventNav identifier={event.identifier} current={current} />
    </>
  );
}
