import { db } from "../db";
import { PUBLIC_TICKETS } from "../tickets/visibility";

/**
 * What the public event page shows beyond the event row: its topic, sub-topic and type names,
 * sponsors grouped by level, social links and the tickets on offer. Only public columns are
 * selected (no hidden tickets, no deleted rows), so nothing private reaches the page.
 */

export type TicketStatus = "on-sale" | "not-yet-on-sale" | "sales-ended" | "sold-out";

export interface PublicTicket {
  id: number;
  name: string;
  description: string | null;
  type: "free" | "paid" | "donation";
  /** Decimal as a string ("120.00"), exact. */
  price: string;
  salesStartsAt: string;
  salesEndsAt: string;
  status: TicketStatus;
}

export interface PublicSponsor {
  id: number;
  name: string;
  description: string | null;
  url: string | null;
  logoUrl: string | null;
}

export interface PublicSponsorLevel {
  level: number;
  /** The level's name as organizers type it on their sponsors ("Gold"), else null. */
  label: string | null;
  sponsors: PublicSponsor[];
}

export interface PublicEventDetails {
  topic: string | null;
  subTopic: string | null;
  type: string | null;
  sponsorLevels: PublicSponsorLevel[];
  socialLinks: { id: number; name: string; link: string; identifier: string | null }[];
  tickets: PublicTicket[];
}

/** Ticket sales state at `now`. No orders are taken here, so a ticket is sold out when it has no quantity left to offer. */
export function ticketStatus(ticket: { quantity: number; salesStartsAt: Date; salesEndsAt: Date }, now: Date): TicketStatus {
  if (ticket.quantity <= 0) return "sold-out";
  if (now < ticket.salesStartsAt) return "not-yet-on-sale";
  if (now > ticket.salesEndsAt) return "sales-ended";
  return "on-sale";
}

/** Sponsors in display order → one group per level (lower level number first, as Open Event ranks them). */
export function groupSponsors(sponsors: (PublicSponsor & { level: number; type: string | null })[]): PublicSponsorLevel[] {
  const levels: PublicSponsorLevel[] = [];
  for (const sponsor of sponsors) {
    const { level, type, ...rest } = sponsor;
    let group = levels.at(-1);
    if (group?.level !== level) {
      group = { level, label: type?.trim() || null, sponsors: [] };
      levels.push(group);
    }
    group.sponsors.push(rest);
  }
  return levels;
}

export async function loadPublicEventDetails(eventId: number, now = new Date()): Promise<PublicEventDetails> {
  const live = { deletedAt: null };
  const event = await db.event.findUniqueOrThrow({
    where: { id: eventId },
    select: {
      eventTopic: { select: { name: true } },
      eventSubTopic: { select: { name: true } },
      eventType: { select: { name: true } },
      sponsors: {
        where: live,
        orderBy: [{ level: "asc" }, { position: "asc" }, { name: "asc" }, { id: "asc" }],
        select: { id: true, name: true, description: true, url: true, logoUrl: true, level: true, type: true },
      },
      socialLinks: { where: live, orderBy: { id: "asc" }, select: { id: true, name: true, link: true, identifier: true } },
      tickets: {
        where: { ...live, ...PUBLIC_TICKETS },
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { id: true, name: true, description: true, type: true, price: true, quantity: true, salesStartsAt: true, salesEndsAt: true },
      },
    },
  });
  return {
    topic: event.eventTopic?.name ?? null,
    subTopic: event.eventSubTopic?.name ?? null,
    type: event.eventType?.name ?? null,
    sponsorLevels: groupSponsors(event.sponsors),
    socialLinks: event.socialLinks,
    tickets: event.tickets.map((ticket) => ({
      id: ticket.id,
      name: ticket.name,
      description: ticket.description,
      type: ticket.type,
      price: ticket.price.toFixed(2),
      salesStartsAt: ticket.salesStartsAt.toISOString(),
      salesEndsAt: ticket.salesEndsAt.toISOString(),
      status: ticketStatus(ticket, now),
    })),
  };
}
