import type { Ticket } from "../generated/prisma/client";
import { eventRelationship } from "../content/relationships";
import { defineResource, writable, type ResourceDef } from "../jsonapi/resource";
import { TICKET_TYPES, ticketDefaults } from "./schemas";

export const ticketResource: ResourceDef<Ticket> = defineResource<Ticket>({
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
});
