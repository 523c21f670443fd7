import type { Actor } from "../auth/actor";
import { requireAdmin } from "../message-settings/access";
import { adminSessionListQuery, type SessionListFilters } from "./dashboard-query";
import { findSessionsWhere } from "./find-sessions";
import type { SessionRecord } from "./load";

/**
 * Every live session of every live event, filtered as the dashboard's list (`state`, including
 * `submitted`, and text): the list behind the admin statistics' session numbers. Admins only
 * (anonymous callers UNAUTHORIZED, others NOT_FOUND).
 */
export async function findAdminSessions(actor: Actor, filters: SessionListFilters): Promise<{ items: SessionRecord[]; count: number }> {
  requireAdmin(actor);
  return findSessionsWhere(actor, {}, adminSessionListQuery(filters));
}
