import Link from "next/link";

export interface Crumb {
  label: string;
  href?: string;
}

/** "My events / <event> / …" above a dashboard page: links up, then the current page's name. */
export function Breadcrumb({ trail }: { trail: readonly Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
      {trail.map((item, index) => (
        <span key={`${index}-${item.label}`}>
          {index ? " / " : null}
          {item.href ? (
            <Link href={item.href} className="hover:text-slate-800 hover:underline">
              {item.label}
            </Link>
          ) : (
            <span aria-current="page">{item.label}</span>
          )}
        </span>
      ))}
    </nav>
  );
}

/** The breadcrumb of a page of one event: My events, the event, then `trail`. */
export function EventBreadcrumb({ event, trail }: { event: { identifier: string; name: string }; trail: readonly Crumb[] }) {
  return (
    <Breadcrumb
      trail={[{ label: "My events", href: "/events" }, { label: event.name, href: `/events/${encodeURIComponent(event.identifier)}` }, ...trail]}
    />
  );
}
