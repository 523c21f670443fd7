import type { SocialLink } from "../generated/prisma/client";
import { eventRelationship } from "../content/relationships";
import { defineContentResource } from "../content/resource";
import { writable } from "../jsonapi/resource";
import { createSocialLinkSchema, updateSocialLinkSchema } from "./schemas";

export const socialLinkResource = defineContentResource<SocialLink>({
  type: "social-link",
  path: "social-links",
  model: "SocialLink",
  attributes: {
    name: writable({ sortable: true, filter: "string" }),
    link: writable({ filter: "string" }),
    identifier: writable({ sortable: true, filter: "string", nullable: true }),
  },
  relationships: { event: eventRelationship },
  defaultSort: "name",
  label: "Social link",
  createSchema: createSocialLinkSchema,
  updateSchema: updateSocialLinkSchema,
});
