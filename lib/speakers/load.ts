import type { Actor } from "../auth/actor";
import type { Prisma } from "../generated/prisma/client";
import { prismaInclude, resolveThrough } from "../jsonapi/include";
import type { IncludeTree } from "../jsonapi/resource";
import { speakerResource, type SpeakerRecord } from "./resource";

/** Everything a speaker response needs, one query per relation level. */
export function speakerInclude(actor: Actor, include: IncludeTree = {}): Prisma.SpeakerInclude {
  return prismaInclude(speakerResource, include, actor) as Prisma.SpeakerInclude;
}

/** Loaded speakers ready for the serializer and for callers: session join rows replaced by the sessions. */
export function finishSpeakers(records: unknown[], include: IncludeTree = {}): SpeakerRecord[] {
  return resolveThrough(speakerResource, records, include) as SpeakerRecord[];
}
