import type { SocialLink } from "../generated/prisma/client";
import { eventRelationship } from "../content/relationships";
import { defineResource, writable, type ResourceDef } from "../jsonapi/resource";

export const socialLinkResource: ResourceDef<SocialLink> = defineResource<SocialLink>({
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
});
