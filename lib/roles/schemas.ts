import { z } from "zod";
import { rowIdString } from "../jsonapi/input";
import { invitableRoleName } from "../role-invites/schemas";

/**
 * `/v1/users-events-roles/{id}/relationships/tracks`: the tracks a track organizer organizes, as
 * resource linkage. Open Event Server has no such relationship; clients that do not know it never
 * send it, and a track organizer without tracks sees what the public sees.
 */
export const trackLinkageSchema = z.object({
  data: z
    .array(
      z.object({
        type: z.literal("track", { message: 'Expected type "track"' }),
        id: rowIdString("Must be a track id"),
      }),
    )
    .max(100, "At most 100 tracks per track organizer"),
});
export type TrackLinkageInput = z.infer<typeof trackLinkageSchema>;

/** PATCH /v1/roles/{id}: the title shown for a role (its `name` is the key permissions use). */
export const updateRoleSchema = z.object({
  titleName: z.string().trim().min(1, "A title is required").max(100, "At most 100 characters").optional(),
});
export type UpdateRoleInput = z.infer<typeof updateRoleSchema>;

/**
 * `PATCH /v1/users-events-roles/{id}`: another role for a team member, as `role-name` or the
 * `role` relationship (the roles an invite may grant; lib/roles/update-users-events-role.ts).
 */
export const updateUsersEventsRoleSchema = z.object({
  roleName: invitableRoleName.optional(),
  roleId: z.number({ error: "Role must be an id" }).int().positive().optional(),
});
export type UpdateUsersEventsRoleInput = z.infer<typeof updateUsersEventsRoleSchema>;
