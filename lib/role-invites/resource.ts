import type { Role, RoleInvite } from "../generated/prisma/client";
import { defineResource, type ResourceDef } from "../jsonapi/resource";

export interface RoleInviteRecord extends RoleInvite {
  role: Role;
}

/**
 * Open Event's `role-invite`. The `hash` column is deliberately not declared: it is the secret of
 * the accept link, so it must never reach a document (a test scans every response for it).
 */
export const roleInviteResource: ResourceDef<RoleInviteRecord> = defineResource<RoleInviteRecord>({
  type: "role-invite",
  path: "role-invites",
  model: "RoleInvite",
  attributes: {
    email: { writable: true, sortable: true, filter: "string" },
    roleName: { writable: true, get: (invite) => invite.role.name },
    status: { writable: true, sortable: true, filter: { enum: ["pending", "accepted", "declined"] } },
    createdAt: { sortable: true, filter: "date" },
  },
  relationships: {
    event: { type: "event", foreignKey: "eventId" },
    role: { type: "role", foreignKey: "roleId" },
  },
  baseInclude: () => ({ role: true }),
  defaultSort: "created-at",
});
