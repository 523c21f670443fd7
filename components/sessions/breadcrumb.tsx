import Link from "next/link";

/** "My events / <event> / <section> / <page>" above every sessions and speakers page. */
export function Breadcrumb({
  event,
  trail,
}: {
  event: { identifier: string; name: string };
  /** Links between the event and the current page, then the current page's name. */
  trail: { label: string; href?: string }[];
}) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
      <Link href="/events" className="hover:text-slate-800 hover:underline">
        My events
      </Link>{" "}
      /{" "}
      <Link href={`/events/${encodeURIComponent(event.identifier)}`} className="hover:text-slate-800 hover:underline">
        {event.name}
      </Link>
      {trail.map((item) =>
        item.href ? (
          <span key={item.label}>
            {" "}
            /{" "}
            <Link href={item.href} className="hover:text-slate-800 hover:underline">
              {item.label}
            </Link>
          </span>
        ) : (
          <span key={item.label}>
            {" "}
            / <span aria-current="page">{item.label}</span>
          </span>
        ),
      )}
    </nav>
  );
}
