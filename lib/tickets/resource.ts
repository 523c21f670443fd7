import type { Ticket } from "../generated/prisma/client";
import { eventRelationship } from "../content/relationships";
import { defineContentResource } from "../content/resource";
import { writable } from "../jsonapi/resource";
import { PUBLIC_TICKETS } from "./visibility";
import { createTicketSchema, TICKET_TYPES, ticketDefaults, ticketRules, updateTicketSchema } from "./schemas";

export const ticketResource = defineContentResource<Ticket>({
  type: "ticket",
  path: "tickets",
  model: "Ticket",
  attributes: {
    name: writable({ sortable: true, filter: "string" }),
    description: writable(),
    type: writable({ sortable: true, filter: { enum: TICKET_TYPES } }),
    // A Decimal column; JSON:API clients (and Open Event's) expect a number.
    price: writable({ sortable: true, filter: "number", get: (ticket) => Number(ticket.price) }),
    quantity: writable({ sortable: true, filter: "integer" }),
    minOrder: writable(),
    maxOrder: writable(),
    salesStartsAt: writable({ sortable: true, filter: "date" }),
    salesEndsAt: writable({ sortable: true, filter: "date" }),
    isHidden: writable({ filter: "boolean" }),
    position: writable({ sortable: true, filter: "integer" }),
  },
  relationships: { event: eventRelationship },
  defaults: ticketDefaults,
  defaultSort: "position,name",
  label: "Ticket",
  createSchema: createTicketSchema,
  updateSchema: updateTicketSchema,
  publicWhere: PUBLIC_TICKETS,
  rules: ticketRules,
});
