import Link from "next/link";

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
