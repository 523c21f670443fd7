import type { Tx } from "../db";
import { AppError, type ErrorSource } from "../errors";
import type { Role } from "../generated/prisma/client";
import { INVITABLE_ROLES, type InvitableRole } from "./schemas";

const isInvitable = (name: string): name is InvitableRole => (INVITABLE_ROLES as readonly string[]).includes(name);

/** The member that named the role: `role-name`, or the id of the `role` relationship. */
export const roleSource = (input: { roleName?: unknown }): ErrorSource =>
  input.roleName !== undefined ? { field: "roleName" } : { relationship: ["role", "data", "id"] };

/**
 * The role an invite grants, given as `role-name` or as the `role` relationship. Owner and
 * attendee exist as roles but cannot be handed out by invite (422 on the member that named them).
 */
export async function invitableRole(client: Tx, input: { roleName?: InvitableRole; roleId?: number }): Promise<Role> {
  const source = roleSource(input);
  const role = await client.role.findFirst({
    where: input.roleName !== undefined ? { name: input.roleName } : { id: input.roleId ?? -1 },
  });
  if (!role) throw new AppError("UNPROCESSABLE", "No such role", source);
  if (!isInvitable(role.name)) {
    throw new AppError("UNPROCESSABLE", `Invites may grant ${INVITABLE_ROLES.join(", ")}, not ${role.name}`, source);
  }
  if (input.roleName !== undefined && input.roleId !== undefined && role.id !== input.roleId) {
    throw new AppError("UNPROCESSABLE", "role-name and the role relationship name different roles", source);
  }
  return role;
}
