import { z } from "zod";
import { dateTime, name, optionalText, position, refineWith, type ContentIssue } from "../content/fields";

export const TICKET_TYPES = ["free", "paid", "donation"] as const;

const fields = {
  name,
  description: optionalText(5_000),
  type: z.enum(TICKET_TYPES),
  // Decimal(12, 2) in the database.
  price: z.number().min(0, "Must not be negative").max(9_999_999_999.99),
  quantity: z.number().int().min(0),
  minOrder: z.number().int().min(0),
  maxOrder: z.number().int().min(1),
  salesStartsAt: dateTime,
  salesEndsAt: dateTime,
  /** Hidden tickets are sold through links only; only the event's staff see them listed. */
  isHidden: z.boolean(),
  position,
};

export const ticketDefaults = { type: "free", price: 0, quantity: 100, minOrder: 1, maxOrder: 10, isHidden: false, position: 0 } as const;

/**
 * Rules across attributes, checked on the whole ticket: on create, and on the stored ticket
 * merged with a PATCH. `price` may be a stored Decimal, hence `Number`.
 */
export function ticketRules(ticket: Record<string, unknown>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const { salesStartsAt, salesEndsAt, type, minOrder, maxOrder } = ticket;
  if (salesStartsAt instanceof Date && salesEndsAt instanceof Date && salesEndsAt <= salesStartsAt) {
    issues.push({ path: "salesEndsAt", message: "Sales must end after they start" });
  }
  const price = Number(ticket.price);
  if (type === "paid" && !(price > 0)) issues.push({ path: "price", message: "A paid ticket needs a price above 0" });
  if (type === "free" && price !== 0) issues.push({ path: "price", message: "A free ticket must have the price 0" });
  if (typeof minOrder === "number" && typeof maxOrder === "number" && minOrder > maxOrder) {
    issues.push({ path: "maxOrder", message: "Must not be less than the minimum order" });
  }
  return issues;
}

export const createTicketSchema = z.object(fields).superRefine(refineWith(ticketRules));
export type CreateTicketInput = z.infer<typeof createTicketSchema>;
/** A PATCH is checked against ticketRules after merging with the stored ticket (see the content services). */
export const updateTicketSchema = z.object(fields).partial();
export type UpdateTicketInput = z.infer<typeof updateTicketSchema>;
