import type { z } from "zod";
import type { Actor } from "../auth/actor";
import { getEventContent } from "../content/services";
import { getEvent } from "../events/get-event";
import { eventResource } from "../events/resource";
import { updateEventSchema } from "../events/schemas";
import { updateEvent } from "../events/update-event";
import { getImportJob } from "../import/get-import-job";
import { importJobResource } from "../import/resource";
import type { Where } from "../jsonapi/filter";
import { rowIdOrNotFound } from "../jsonapi/input";
import type { AnyResource, IncludeTree } from "../jsonapi/resource";
import { microlocationKind } from "../microlocations/kind";
import { getNotification } from "../notifications/get-notification";
import { notificationResource } from "../notifications/resource";
import { getRoleInvite } from "../role-invites/get-role-invite";
import { roleInviteResource } from "../role-invites/resource";
import { updateRoleInviteSchema } from "../role-invites/schemas";
import { updateRoleInvite } from "../role-invites/update-role-invite";
import { roleResource, usersEventsRolesResource } from "../roles/resource";
import { getRole } from "../roles/roles";
import { getUsersEventsRole } from "../roles/users-events-roles";
import { sessionTypeKind } from "../session-types/kind";
import { findSessionsWhere } from "../sessions/find-sessions";
import { getSession } from "../sessions/get-session";
import type { PageQuery } from "../sessions/load";
import { sessionResource } from "../sessions/resource";
import { updateSessionSchema } from "../sessions/schemas";
import { updateSession } from "../sessions/update-session";
import { socialLinkKind } from "../social-links/kind";
import { getSpeaker } from "../speakers/get-speaker";
import { speakerResource } from "../speakers/resource";
import { updateSpeakerSchema } from "../speakers/schemas";
import { updateSpeaker } from "../speakers/update-speaker";
import { sponsorKind } from "../sponsors/kind";
import { eventSubTopicKind, eventTopicKind, eventTypeKind } from "../taxonomy/kinds";
import { getTaxonomy } from "../taxonomy/services";
import { ticketKind } from "../tickets/kind";
import { trackKind } from "../tracks/kind";
import { getUser } from "../users/get-user";
import { userResource } from "../users/resource";
import { findEventContentWhere } from "./find-event-content-where";

/**
 * How each resource is read on its own, for the generic relationship endpoints (services.ts):
 * the same services `GET /v1/<path>/{id}`, its collections and its PATCH use, so a related
 * resource or a relationship answers exactly what the resource's own endpoints would show the
 * caller. A resource without a reader can still be the target of a to-one relationship: it is
 * then shown as the parent's `include` loads it (tasks).
 */
export interface Reader {
  /** The record with `include` loaded, as the actor may see it; NOT_FOUND (or 401) otherwise. */
  get(actor: Actor, id: string, include: IncludeTree): Promise<unknown>;
  /** A page of the records matching `where` that the actor may see (needed as a to-many target). */
  find?(actor: Actor, where: Where, query: PageQuery): Promise<{ items: readonly unknown[]; count: number }>;
  /** The resource's PATCH (schema and service), through which its writable to-one relationships change. */
  update?: Updater;
  /** The declaration documents of this target are written with, when the target is a linkage-only stand-in. */
  document?: AnyResource;
  /**
   * Relationships (member names) of this resource whose targets it shows itself: their endpoints
   * answer the target as this resource's `include` loads it, for whoever may see this record,
   * instead of asking the target's own reader.
   */
  showsItself?: readonly string[];
}

export interface Updater {
  schema: z.ZodType;
  run(actor: Actor, id: string, input: unknown): Promise<unknown>;
}

/** Pairs an update schema with its service (the service takes what the schema outputs). */
const updater = <S extends z.ZodType>(schema: S, run: (actor: Actor, id: string, input: z.output<S>) => Promise<unknown>): Updater => ({
  schema,
  run: (actor, id, input) => run(actor, id, input as z.output<S>),
});

/** `/v1/users/{id}` shows a user to themself and to admins only; anyone else sees nothing. */
const readUser = (actor: Actor, id: string) => getUser(actor, rowIdOrNotFound(id, "User"));

let readers: Map<AnyResource, Reader> | undefined;

/** Built on first use: the resources refer to each other, so they are complete only once all are loaded. */
function registry(): Map<AnyResource, Reader> {
  const contentKinds = [microlocationKind, trackKind, sessionTypeKind, sponsorKind, socialLinkKind, ticketKind];
  return new Map<AnyResource, Reader>([
    [
      eventResource,
      {
        get: (actor, id, include) => getEvent(actor, id, "event.view", { include }),
        update: updater(updateEventSchema, (actor, id, input) => updateEvent(actor, id, input)),
      },
    ],
    ...[eventTopicKind, eventSubTopicKind, eventTypeKind].map(
      (kind): [AnyResource, Reader] => [kind.resource, { get: (actor, id, include) => getTaxonomy(kind, actor, id, include) }],
    ),
    ...contentKinds.map(
      (kind): [AnyResource, Reader] => [
        kind.resource,
        {
          get: (actor, id, include) => getEventContent(kind, actor, id, { include }),
          find: (actor, where, query) => findEventContentWhere(kind, actor, where, query),
        },
      ],
    ),
    [
      sessionResource,
      {
        get: (actor, id, include) => getSession(actor, id, { include }),
        find: (actor, where, query) => findSessionsWhere(actor, where, query),
        update: updater(updateSessionSchema, (actor, id, input) => updateSession(actor, id, input)),
      },
    ],
    [
      speakerResource,
      {
        get: (actor, id, include) => getSpeaker(actor, id, { include }),
        update: updater(updateSpeakerSchema, (actor, id, input) => updateSpeaker(actor, id, input)),
      },
    ],
    [
      roleInviteResource,
      {
        get: (actor, id, include) => getRoleInvite(actor, id, include),
        update: updater(updateRoleInviteSchema, (actor, id, input) => updateRoleInvite(actor, id, input)),
      },
    ],
    [roleResource, { get: (_actor, id) => getRole(id) }],
    [
      usersEventsRolesResource,
      {
        get: (actor, id, include) => getUsersEventsRole(actor, id, include),
        // A team member's account as `?include=user` shows it to those who manage the event's
        // roles (without the flags of roles held elsewhere), though /v1/users/{id} shows a user
        // only to themself and admins: whoever sees the row sees whose it is.
        showsItself: ["user"],
      },
    ],
    [importJobResource, { get: (actor, id, include) => getImportJob(actor, id, { include }) }],
    [notificationResource, { get: (actor, id, include) => getNotification(actor, id, { include }) }],
    // Also sessions' creator and speakers' user: the account, as /v1/users/{id} shows it.
    [userResource, { get: (actor, id) => readUser(actor, id) }],
  ]);
}

export function readerOf(resource: AnyResource): Reader | undefined {
  return (readers ??= registry()).get(resource);
}
