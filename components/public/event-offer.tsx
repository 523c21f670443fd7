/* eslint-disable @next/next/no-img-element -- sponsor logos are organiser URLs or local uploads of unknown size; next/image would need an allow-list and fixed dimensions. */
import { formatEventDay } from "@/lib/format/dates";
import type { PublicSponsorLevel, PublicTicket, TicketStatus } from "@/lib/public/load-event-page";
import { httpUrl } from "./links";

const STATUS: Record<TicketStatus, { label: string; className: string }> = {
  "on-sale": { label: "On sale", className: "bg-emerald-50 text-emerald-800 border-emerald-200" },
  "not-yet-on-sale": { label: "Not on sale yet", className: "bg-slate-50 text-slate-700 border-slate-200" },
  "sales-ended": { label: "Sales ended", className: "bg-slate-50 text-slate-700 border-slate-200" },
  "sold-out": { label: "Sold out", className: "bg-red-50 text-red-800 border-red-200" },
};

/** "SGD 120.00" in the visitor-independent en-GB form ("Free" for free tickets, "Pay what you like" for donations). */
export function ticketPrice(ticket: Pick<PublicTicket, "type" | "price">, currency: string): string {
  if (ticket.type === "free") return "Free";
  if (ticket.type === "donation") return "Pay what you like";
  return new Intl.NumberFormat("en-GB", { style: "currency", currency, currencyDisplay: "code" }).format(Number(ticket.price));
}

/** The tickets on offer: name, price in the event's currency, sales window in the event's zone, and whether they can be had. */
export function EventTickets({ tickets, currency, timezone }: { tickets: PublicTicket[]; currency: string; timezone: string }) {
  if (!tickets.length) return null;
  return (
    <ul className="divide-y divide-slate-100">
      {tickets.map((ticket) => {
        const status = STATUS[ticket.status];
        return (
          <li key={ticket.id} className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1 py-3">
            <div className="min-w-0 flex-1 space-y-0.5">
              <p className="font-medium text-slate-900">{ticket.name}</p>
              {ticket.description ? <p className="text-sm text-slate-600">{ticket.description}</p> : null}
              <p className="text-xs text-slate-500">
                Sales: {formatEventDay(ticket.salesStartsAt, timezone)} – {formatEventDay(ticket.salesEndsAt, timezone)}
              </p>
            </div>
            <div className="flex flex-col items-end gap-1 text-right">
              <span className="font-semibold tabular-nums text-slate-900">{ticketPrice(ticket, currency)}</span>
              <span className={`rounded-full border px-2 py-0.5 text-xs font-medium ${status.className}`}>{status.label}</span>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/** Sponsors by level, each with its logo linking to its site. */
export function EventSponsors({ levels }: { levels: PublicSponsorLevel[] }) {
  return (
    <div className="space-y-5">
      {levels.map((group) => (
        <section key={group.level} aria-label={group.label ?? `Level ${group.level}`} className="space-y-2">
          {group.label ? <h3 className="text-sm font-semibold uppercase tracking-wide text-slate-500">{group.label}</h3> : null}
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
            {group.sponsors.map((sponsor) => {
              const href = httpUrl(sponsor.url);
              const body = (
                <>
                  {sponsor.logoUrl ? (
                    <img src={sponsor.logoUrl} alt="" loading="lazy" className="h-12 w-full object-contain" />
                  ) : null}
                  <span className="block text-center text-sm font-medium text-slate-800">{sponsor.name}</span>
                </>
              );
              return (
                <li key={sponsor.id} className="rounded-lg border border-slate-200 p-3">
                  {href ? (
                    <a href={href} className="block space-y-2 hover:underline" rel="noopener noreferrer sponsored">
                      {body}
                    </a>
                  ) : (
                    <div className="space-y-2">{body}</div>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
