import type { Prisma } from "../generated/prisma/client";
import { USER_SELECT } from "./load";

/**
 * What the user and admins see of an account: the resource's columns (never the password hash
 * or the calendar token), the profile fields and, for admins' sake, whether it is deleted.
 */
export const PROFILE_SELECT = {
  ...USER_SELECT,
  publicName: true,
  contact: true,
  facebookUrl: true,
  twitterUrl: true,
  instagramUrl: true,
  googlePlusUrl: true,
  deletedAt: true,
} as const satisfies Prisma.UserSelect;

export type UserProfile = Prisma.UserGetPayload<{ select: typeof PROFILE_SELECT }>;

/**
 * What everyone else signed in sees (Open Event's public user schema, without the e-mail
 * address Open Event shows there).
 */
export const PUBLIC_PROFILE_SELECT = {
  id: true,
  firstName: true,
  lastName: true,
  publicName: true,
  avatarUrl: true,
} as const satisfies Prisma.UserSelect;

export type PublicUserProfile = Prisma.UserGetPayload<{ select: typeof PUBLIC_PROFILE_SELECT }>;

/** The columns of the admin users list. */
export const USER_LIST_SELECT = {
  id: true,
  email: true,
  firstName: true,
  lastName: true,
  publicName: true,
  avatarUrl: true,
  isAdmin: true,
  isSuperAdmin: true,
  isVerified: true,
  createdAt: true,
  lastAccessedAt: true,
  deletedAt: true,
} as const satisfies Prisma.UserSelect;

export type UserListItem = Prisma.UserGetPayload<{ select: typeof USER_LIST_SELECT }>;

/** "Ada Lovelace", else the public name, else the address. */
export function displayName(user: { firstName?: string | null; lastName?: string | null; publicName?: string | null; email?: string }): string {
  const full = [user.firstName, user.lastName].filter(Boolean).join(" ");
  return full || user.publicName || user.email || "";
}
