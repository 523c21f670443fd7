import type { Actor } from "../auth/actor";
import type { Prisma, Speaker } from "../generated/prisma/client";
import { prismaInclude, resolveThrough } from "../jsonapi/include";
import { resourceOf } from "../jsonapi/registry";
import type { IncludeTree } from "../jsonapi/resource";
import type { EventRole } from "../permissions";

/** A speaker as services load it (see the declaration, resource.ts). */
export interface SpeakerRecord extends Speaker {
  /** At least the actor's roles on the event (see `baseInclude`). */
  event?: { roles?: { role: { name: EventRole } }[] } | null;
  /** Sessions (resolved from the SessionSpeaker rows Prisma loads; see `resolveThrough`). */
  sessions?: unknown[];
}


/** Everything a speaker response needs, one query per relation level. */
export function speakerInclude(actor: Actor, include: IncludeTree = {}): Prisma.SpeakerInclude {
  return prismaInclude(resourceOf("speaker"), include, actor) as Prisma.SpeakerInclude;
}

/** Loaded speakers ready for the serializer and for callers: session join rows replaced by the sessions. */
export function finishSpeakers(records: unknown[], include: IncludeTree = {}): SpeakerRecord[] {
  return resolveThrough(resourceOf("speaker"), records, include) as SpeakerRecord[];
}
