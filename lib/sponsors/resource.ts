import type { Sponsor } from "../generated/prisma/client";
import { eventRelationship } from "../content/relationships";
import { defineContentResource } from "../content/resource";
import { writable } from "../jsonapi/resource";
import { createSponsorSchema, sponsorDefaults, updateSponsorSchema } from "./schemas";

export const sponsorResource = defineContentResource<Sponsor>({
  type: "sponsor",
  path: "sponsors",
  model: "Sponsor",
  attributes: {
    name: writable({ sortable: true, filter: "string" }),
    description: writable(),
    url: writable(),
    level: writable({ sortable: true, filter: "integer" }),
    logoUrl: writable(),
    type: writable({ sortable: true, filter: "string", nullable: true }),
    position: writable({ sortable: true, filter: "integer" }),
  },
  relationships: { event: eventRelationship },
  defaults: sponsorDefaults,
  defaultSort: "position,name",
  label: "Sponsor",
  createSchema: createSponsorSchema,
  updateSchema: updateSponsorSchema,
});
