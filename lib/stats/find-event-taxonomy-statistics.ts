import type { Actor } from "../auth/actor";
import { db } from "../db";
import { requireAdminAccess } from "../auth/require-admin";

/** One entry of Open Event's `/v1/admin/statistics/event-types` and `/event-topics` (a plain JSON list). */
export interface TaxonomyCount {
  id: number;
  name: string;
  /** Live events of this type or topic, whatever their state (`/admin/events?type=<id>` lists them). */
  count: number;
}

/**
 * Live events per live event type, by name, types without events included. One aggregate;
 * Open Event counts deleted events and types too.
 */
export async function findEventTypeStatistics(actor: Actor): Promise<TaxonomyCount[]> {
  requireAdminAccess(actor);
  return db.$queryRaw<TaxonomyCount[]>`
    SELECT t.id, t.name, count(e.id)::int AS count
    FROM "EventType" t
    LEFT JOIN "Event" e ON e."eventTypeId" = t.id AND e."deletedAt" IS NULL
    WHERE t."deletedAt" IS NULL
    GROUP BY t.id
    ORDER BY t.name, t.id`;
}

/** Live events per live event topic, as findEventTypeStatistics (`/admin/events?topic=<id>`). */
export async function findEventTopicStatistics(actor: Actor): Promise<TaxonomyCount[]> {
  requireAdminAccess(actor);
  return db.$queryRaw<TaxonomyCount[]>`
    SELECT t.id, t.name, count(e.id)::int AS count
    FROM "EventTopic" t
    LEFT JOIN "Event" e ON e."eventTopicId" = t.id AND e."deletedAt" IS NULL
    WHERE t."deletedAt" IS NULL
    GROUP BY t.id
    ORDER BY t.name, t.id`;
}
