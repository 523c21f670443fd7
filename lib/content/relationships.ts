import type { Actor } from "../auth/actor";
import { defaultOrderBy } from "../jsonapi/query";
import { resourceOf } from "../jsonapi/registry";
import type { RelationshipDef } from "../jsonapi/resource";
import { eventScope } from "../permissions";
import { sessionsRelationLoad } from "../sessions/scope";

/**
 * Readers without `content.view-private` on the row's event see only rows matching
 * `publicWhere`; staff and admins see all. Put into the `where` (also of nested includes), so a
 * hidden row answers 404 and never reaches an `include`.
 */
export function visibleWhere(actor: Actor, publicWhere: Record<string, unknown> | undefined): Record<string, unknown> {
  return publicWhere ? { OR: [publicWhere, { event: eventScope(actor, "content.view-private") }] } : {};
}

/** The `event` relationship every content resource has (its event is fixed by the URL it was created under). */
export const eventRelationship: RelationshipDef = { type: "event" };

/**
 * A to-many relationship from an event to its content: non-deleted, visible rows only, in the
 * target's default order (so `include=tracks` lists tracks as `/v1/events/{id}/tracks` does).
 */
export function contentRelationship(type: string, publicWhere?: Record<string, unknown>): RelationshipDef {
  return {
    type,
    many: true,
    load: (nested, actor) => ({
      where: { deletedAt: null, ...visibleWhere(actor, publicWhere) },
      orderBy: defaultOrderBy(resourceOf(type)),
      ...(nested ? { include: nested } : {}),
    }),
  };
}

/**
 * `sessions` of a room, track or session type: the sessions the actor may see (lib/sessions
 * decides), so `include=sessions` never shows more than `/v1/events/{id}/sessions`.
 */
export const sessionsRelationship: RelationshipDef = { type: "session", many: true, load: sessionsRelationLoad };
