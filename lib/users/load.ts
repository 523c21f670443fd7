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
  publicName: true,
  contact: true,
  facebookUrl: true,
  twitterUrl: true,
  instagramUrl: true,
  googlePlusUrl: true,
  deletedAt: true,
  roles: HELD_ROLES,
} as const satisfies Prisma.UserSelect;

export type UserRecord = Prisma.UserGetPayload<{ select: typeof USER_SELECT }>;

/**
 * What everyone else signed in sees of an account (Open Event's public user schema, without the
 * e-mail address Open Event shows there): loaded alone, and marked so that the `user` resource
 * shows these members only.
 */
export const PUBLIC_PROFILE_SELECT = {
  id: true,
  firstName: true,
  lastName: true,
  publicName: true,
  avatarUrl: true,
} as const satisfies Prisma.UserSelect;

export type PublicUserProfile = Prisma.UserGetPayload<{ select: typeof PUBLIC_PROFILE_SELECT }>;

const publicProfiles = new WeakSet<object>();

/** Marks a record loaded with PUBLIC_PROFILE_SELECT for a caller who sees only the public profile. */
export function asPublicProfile(user: PublicUserProfile): PublicUserProfile {
  publicProfiles.add(user);
  return user;
}

export const isPublicProfile = (user: object): boolean => publicProfiles.has(user);

/** "Ada Lovelace", else the public name, else the address. */
export function displayName(user: { firstName?: string | null; lastName?: string | null; publicName?: string | null; email?: string }): string {
  const full = [user.firstName, user.lastName].filter(Boolean).join(" ");
  return full || user.publicName || user.email || "";
}
