import type { Actor } from "../auth/actor";
import type { Prisma } from "../generated/prisma/client";
import { prismaInclude } from "../jsonapi/include";
import type { IncludeTree } from "../jsonapi/resource";
import { actorRoles, type EventRole } from "../permissions";
import { eventResource, type EventRecord } from "./resource";

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
  return prismaInclude(eventResource, include, actor) as Prisma.EventInclude;
}

export function withActorRoles(event: unknown): LoadedEvent {
  const record = event as EventRecord;
  return { ...record, actorRoles: actorRoles(record) };
}
