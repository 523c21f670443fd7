import { defineResource, type ResourceDef } from "../jsonapi/resource";

/**
 * A user as the target of a session's `creator` and a speaker's `user`: linkage only. It is not
 * includable, so a user's email (and anything else of lib/users/resource.ts) never travels inside
 * session or speaker documents; clients follow the link to /v1/users/{id}, which checks access.
 */
export const userLinkResource: ResourceDef<{ id: number }> = defineResource<{ id: number }>({
  type: "user",
  path: "users",
  model: "User",
  attributes: {},
});
