import type { Prisma } from "../generated/prisma/client";

/**
 * The distinct roles the user holds on non-deleted events: loaded with the user in one query
 * (whatever the number of events), and read by the `is-user-*` flags.
 */
const HELD_ROLES = {
  where: { deletedAt: null, event: { deletedAt: null } },
  distinct: ["roleId"],
  select: { role: { select: { name: true } } },
} as const satisfies Prisma.User$rolesArgs;

/**
 * What is loaded of a user for a response. The columns are chosen here, once, so that the
 * password hash, the calendar token and other secrets can never reach a document: every load of a
 * user for a response (lib/users/resource.ts), also as an included resource, uses this select.
 */
export const USER_SELECT = {
  id: true,
  email: true,
  firstName: true,
  lastName: true,
  details: true,
  avatarUrl: true,
  isAdmin: true,
  isSuperAdmin: true,
  isVerified: true,
  createdAt: true,
  lastAccessedAt: true,
  roles: HELD_ROLES,
} as const satisfies Prisma.UserSelect;

export type UserRecord = Prisma.UserGetPayload<{ select: typeof USER_SELECT }>;
