import type { Actor } from "../auth/actor";
import type { Prisma } from "../generated/prisma/client";
import { prismaInclude, type IncludeTree } from "../jsonapi/resource";
import { flattenThrough } from "../sessions/through";
import { speakerResource, type SpeakerRecord } from "./resources";

/** Everything a speaker response needs, one query per relation level. */
export function speakerInclude(actor: Actor, include: IncludeTree = {}): Prisma.SpeakerInclude {
  return prismaInclude(speakerResource, include, actor) as Prisma.SpeakerInclude;
}

/** Loaded speakers ready for the serializer: session join rows replaced by the sessions. */
export function finishSpeakers(records: unknown[]): SpeakerRecord[] {
  return flattenThrough(records as SpeakerRecord[], "sessions", "session");
}
