import type { Actor } from "../auth/actor";
import type { Event, EventSubTopic, EventTopic, EventType, Prisma } from "../generated/prisma/client";
import { prismaInclude } from "../jsonapi/include";
import type { IncludeTree } from "../jsonapi/resource";
import { resourceOf } from "../jsonapi/registry";
import { actorRoles, type EventRole } from "../permissions";

/** An event as services load it (see the declaration, resource.ts). */
export interface EventRecord extends Event {
  eventTopic?: EventTopic | null;
  eventSubTopic?: EventSubTopic | null;
  eventType?: EventType | null;
  /** The actor's roles on the event (loaded through `rolesOf`). */
  roles: { role: { name: EventRole } }[];
}

/** An event as services return it: the row, its loaded relations and the actor's roles on it. */
export interface LoadedEvent extends EventRecord {
  actorRoles: EventRole[];
}

export interface LoadOptions {
  /** Relationships to load with the event (`include` of the request). */
  include?: IncludeTree;
}

/** Everything a response needs in a fixed number of queries (see prismaInclude). */
export function eventInclude(actor: Actor, include: IncludeTree = {}): Prisma.EventInclude {
  return prismaInclude(resourceOf("event"), include, actor) as Prisma.EventInclude;
}

export function withActorRoles(event: unknown): LoadedEvent {
  const record = event as EventRecord;
  return { ...record, actorRoles: actorRoles(record) };
}
