import type { Prisma } from "../generated/prisma/client";
import type { EventRole } from "../permissions";

/**
 * The kinds of users Open Event's admin statistics count (`admin-statistics-user`), which are
 * also the admin users list's `role` filter, so that every number of the statistics opens the
 * list of exactly the users it counts (a test keeps lib/stats/get-admin-user-statistics.ts in
 * step). As in Open Event, super admins, admins and the verified/unverified rest do not overlap;
 * an event role counts users holding it on at least one live event.
 */
export const USER_CATEGORIES = [
  "super-admin",
  "admin",
  "verified",
  "unverified",
  "owner",
  "organizer",
  "coorganizer",
  "attendee",
  "track-organizer",
] as const;
export type UserCategory = (typeof USER_CATEGORIES)[number];

export const USER_CATEGORY_LABELS: Record<UserCategory, string> = {
  "super-admin": "Super admins",
  admin: "Admins",
  verified: "Verified",
  unverified: "Unverified",
  owner: "Owners",
  organizer: "Organizers",
  coorganizer: "Co-organizers",
  attendee: "Attendees",
  "track-organizer": "Track organizers",
};

const EVENT_ROLE_OF: Partial<Record<UserCategory, EventRole>> = {
  owner: "owner",
  organizer: "organizer",
  coorganizer: "coorganizer",
  attendee: "attendee",
  "track-organizer": "track_organizer",
};

export const isUserCategory = (value: string): value is UserCategory => (USER_CATEGORIES as readonly string[]).includes(value);

/** The users of one category (deleted accounts are a filter of their own, see find-users.ts). */
export function userCategoryWhere(category: UserCategory): Prisma.UserWhereInput {
  const role = EVENT_ROLE_OF[category];
  if (role) return { roles: { some: { deletedAt: null, event: { deletedAt: null }, role: { name: role } } } };
  const plain = { isAdmin: false, isSuperAdmin: false };
  switch (category) {
    case "super-admin":
      return { isSuperAdmin: true };
    case "admin":
      return { isAdmin: true, isSuperAdmin: false };
    case "verified":
      return { ...plain, isVerified: true };
    default:
      return { ...plain, isVerified: false };
  }
}
