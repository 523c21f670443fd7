import type { EventContentKind } from "../content/kind";
import { ticketResource } from "./resource";
import { PUBLIC_TICKETS } from "./visibility";
import { createTicketSchema, ticketRules, updateTicketSchema } from "./schemas";

export const ticketKind: EventContentKind = {
  resource: ticketResource,
  label: "Ticket",
  model: "ticket",
  createSchema: createTicketSchema,
  updateSchema: updateTicketSchema,
  publicWhere: PUBLIC_TICKETS,
  rules: ticketRules,
};
