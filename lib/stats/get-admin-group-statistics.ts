import type { Actor } from "../auth/actor";
import { requireAdminAccess } from "../auth/require-admin";

/** Open Event's `admin-statistics-group`: groups, events in a group, and the users who follow one. */
export interface AdminGroupStatistics {
  groups: number;
  groupEvents: number;
  followers: number;
}

/**
 * Groups of events are not part of this product (its /v1/groups collections are empty), so every
 * figure is 0; the document is served, for admins, so that Open Event's admin dashboard loads.
 */
export async function getAdminGroupStatistics(actor: Actor): Promise<AdminGroupStatistics> {
  requireAdminAccess(actor);
  return { groups: 0, groupEvents: 0, followers: 0 };
}
