import type { Role } from "../generated/prisma/client";
import { defineResource, parentIdOf, updateWith, writable, type ResourceDef } from "../jsonapi/resource";
import { USER_SELECT } from "../users/load";
import { deleteUsersEventsRole } from "./delete-users-events-role";
import { findRoles, getRole, refuseRoleSetChange, updateRole } from "./roles";
import { updateRoleSchema, updateUsersEventsRoleSchema } from "./schemas";
import { updateUsersEventsRole } from "./update-users-events-role";
import { findUsersEventsRoles, getUsersEventsRole, type UsersEventsRolesRecord } from "./users-events-roles";

/** Roles are reference data (owner, organizer, …) seeded by a migration; admins rename their titles (lib/roles/roles.ts). */
export const roleResource: ResourceDef<Role> = defineResource<Role>({
  type: "role",
  path: "roles",
  model: "Role",
  attributes: { name: {}, titleName: writable() },
  get: (_actor, id) => getRole(id),
  list: (_actor, query) => findRoles(query),
  update: updateWith(updateRoleSchema, (actor, id, input, { expectedId }) => updateRole(actor, id, input, expectedId)),
  delete: (actor, id) => refuseRoleSetChange(actor, id),
});

/** A user's role on an event (Open Event's `users-events-roles`). */
export const usersEventsRolesResource: ResourceDef<UsersEventsRolesRecord> = defineResource<UsersEventsRolesRecord>({
  type: "users-events-roles",
  path: "users-events-roles",
  model: "UsersEventsRoles",
  attributes: {
    // Also a relationship; as an attribute clients need no include to show the team.
    roleName: writable({ get: (entry) => entry.role.name }),
    createdAt: { sortable: true, filter: "date" },
  },
  relationships: {
    // Users are always loaded through USER_SELECT, never with their secrets.
    user: { type: "user", load: () => ({ select: USER_SELECT }) },
    event: { type: "event" },
    role: { type: "role", foreignKey: "roleId" },
    // Not in Open Event: the tracks a track organizer organizes (set through
    // /v1/users-events-roles/{id}/relationships/tracks); empty for every other role.
    tracks: {
      type: "track",
      many: true,
      through: { model: "TrackAssignment", field: "track" },
      load: () => ({ where: { track: { deletedAt: null } }, orderBy: [{ track: { position: "asc" } }, { trackId: "asc" }] }),
    },
  },
  baseInclude: () => ({ role: true }),
  defaultSort: "created-at",
  get: (actor, id, include) => getUsersEventsRole(actor, id, include),
  // A team member's account as `?include=user` shows it to those who manage the event's roles
  // (without the flags of roles held elsewhere), though /v1/users/{id} shows a user only to
  // themself and admins: whoever sees the row sees whose it is.
  showsItself: ["user"],
  list: (actor, query, eventId) => findUsersEventsRoles(actor, parentIdOf(usersEventsRolesResource, eventId), query),
  update: updateWith(updateUsersEventsRoleSchema, (actor, id, input, options) => updateUsersEventsRole(actor, id, input, options)),
  delete: (actor, id) => deleteUsersEventsRole(actor, id),
});
