import { createWith, defineResource, parentIdOf, updateWith, type ResourceDef } from "../jsonapi/resource";
import type { RoleInviteRecord } from "./access";
import { createRoleInvite } from "./create-role-invite";
import { findEventRoleInvites } from "./find-role-invites";
import { getRoleInvite } from "./get-role-invite";
import { revokeRoleInvite } from "./revoke-role-invite";
import { createRoleInviteSchema, updateRoleInviteSchema } from "./schemas";
import { updateRoleInvite } from "./update-role-invite";

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
  get: (actor, id, include) => getRoleInvite(actor, id, include),
  list: (actor, query, eventId) => findEventRoleInvites(actor, parentIdOf(roleInviteResource, eventId), query),
  // The event is named by the body's `relationships.event` (`POST /v1/role-invites`).
  create: createWith(createRoleInviteSchema, (actor, input, { include }) => createRoleInvite(actor, input, { include })),
  update: updateWith(updateRoleInviteSchema, (actor, id, input, options) => updateRoleInvite(actor, id, input, options)),
  delete: (actor, id) => revokeRoleInvite(actor, id),
});
