import type { Actor } from "../auth/actor";
import { eventResource } from "../events/resources";
import { parseSort } from "../jsonapi/query";
import { sessionResource, sessionsRelationLoad } from "../sessions/resources";
import type { AnyResource, RelationshipDef } from "../jsonapi/resource";
import { eventScope } from "../permissions";

/**
 * Readers without `content.view-private` on the row's event see only rows matching
 * `publicWhere`; staff and admins see all. Put into the `where` (also of nested includes), so a
 * hidden row answers 404 and never reaches an `include`.
 */
export function visibleWhere(actor: Actor, publicWhere: Record<string, unknown> | undefined): Record<string, unknown> {
  return publicWhere ? { OR: [publicWhere, { event: eventScope(actor, "content.view-private") }] } : {};
}

/**
 * The `event` relationship every content resource has (its event is fixed by the URL it was
 * created under). A function declaration, not a constant: the content resources and
 * eventResource import each other, and hoisted functions are usable while the cycle loads.
 */
export function eventRelationship(): RelationshipDef {
  return { resource: () => eventResource };
}

/**
 * A to-many relationship from an event to its content: non-deleted, visible rows only, in the
 * target's default order (so `include=tracks` lists tracks as `/v1/events/{id}/tracks` does).
 */
export function contentRelationship(target: () => AnyResource, publicWhere?: Record<string, unknown>): RelationshipDef {
  return {
    resource: target,
    many: true,
    load: (nested, actor) => {
      const resource = target();
      return {
        where: { deletedAt: null, ...visibleWhere(actor, publicWhere) },
        orderBy: parseSort(resource.defaultSort ?? "", resource),
        ...(nested ? { include: nested } : {}),
      };
    },
  };
}

/**
 * `sessions` of a room, track or session type: the sessions the actor may see (lib/sessions
 * decides), so `include=sessions` never shows more than `/v1/events/{id}/sessions`.
 */
export function sessionsRelationship(): RelationshipDef {
  return { resource: () => sessionResource, many: true, load: (nested, actor) => sessionsRelationLoad(nested, actor) };
}
