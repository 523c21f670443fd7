import type { EventContentKind } from "../content/kind";
import { socialLinkResource } from "./resource";
import { createSocialLinkSchema, updateSocialLinkSchema } from "./schemas";

export const socialLinkKind: EventContentKind = {
  resource: socialLinkResource,
  label: "Social link",
  model: "socialLink",
  createSchema: createSocialLinkSchema,
  updateSchema: updateSocialLinkSchema,
};
