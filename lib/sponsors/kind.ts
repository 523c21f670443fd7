import type { EventContentKind } from "../content/kind";
import { sponsorResource } from "./resource";
import { createSponsorSchema, updateSponsorSchema } from "./schemas";

export const sponsorKind: EventContentKind = {
  resource: sponsorResource,
  label: "Sponsor",
  model: "sponsor",
  createSchema: createSponsorSchema,
  updateSchema: updateSponsorSchema,
};
