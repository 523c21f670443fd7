import type { Role, UsersEventsRoles } from "../generated/prisma/client";
import { defineResource, type ResourceDef } from "../jsonapi/resource";
import { USER_SELECT } from "../users/resource";

/** Roles are reference data (owner, organizer, …) seeded by a migration. */
export const roleResource: ResourceDef<Role> = defineResource<Role>({
  type: "role",
  path: "roles",
  model: "Role",
  attributes: { name: {}, titleName: {} },
});

export interface UsersEventsRolesRecord extends UsersEventsRoles {
  role: Role;
}

/** A user's role on an event (Open Event's `users-events-roles`). */
export const usersEventsRolesResource: ResourceDef<UsersEventsRolesRecord> = defineResource<UsersEventsRolesRecord>({
  type: "users-events-roles",
  path: "users-events-roles",
  model: "UsersEventsRoles",
  attributes: {
    // Also a relationship; as an attribute clients need no include to show the team.
    roleName: { get: (entry) => entry.role.name },
    createdAt: { sortable: true, filter: "date" },
  },
  relationships: {
    // Users are always loaded through USER_SELECT, never with their secrets.
    user: { type: "user", load: () => ({ select: USER_SELECT }) },
    event: { type: "event" },
    role: { type: "role" },
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
});
