import type { EventContentKind } from "../content/kind";
import { socialLinkResource } from "./resources";
import { createSocialLinkSchema, updateSocialLinkSchema } from "./schemas";

export const socialLinkKind: EventContentKind = {
  resource: socialLinkResource,
  label: "Social link",
  model: "socialLink",
  createSchema: createSocialLinkSchema,
  updateSchema: updateSocialLinkSchema,
};
