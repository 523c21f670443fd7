import type { Actor } from "../auth/actor";
import type { Prisma, Session } from "../generated/prisma/client";
import { prismaInclude, resolveThrough } from "../jsonapi/include";
import { resourceOf } from "../jsonapi/registry";
import type { AnyResource, CollectionQuery, IncludeTree, RelationshipDef } from "../jsonapi/resource";
import type { EventRole } from "../permissions";
import type { SpeakerRecord } from "../speakers/load";
import type { LoadedRoleRow } from "./scope";
import { pageWindow } from "../pagination";

/** A session as services load it (see the declaration, resource.ts); relations are present when the response needs them. */
export interface SessionRecord extends Session {
  /** At least the actor's roles on the event and the tracks they name (see `baseInclude`). */
  event?: { roles?: LoadedRoleRow[] } | null;
  /**
   * Speakers (resolved from the SessionSpeaker rows Prisma loads; see `resolveThrough`); for a
   * signed-in caller at least the ones linked to them, with `userId`.
   */
  speakers?: Partial<SpeakerRecord>[];
}


export interface LoadOptions {
  /** Relationships to load (`include` of the request). */
  include?: IncludeTree;
}

/** Everything a session response needs, one query per relation level (see prismaInclude). */
export function sessionInclude(actor: Actor, include: IncludeTree = {}): Prisma.SessionInclude {
  return prismaInclude(resourceOf("session"), include, actor) as Prisma.SessionInclude;
}

/** Loaded sessions ready for the serializer and for callers: speaker join rows replaced by the speakers. */
export function finishSessions(records: unknown[], include: IncludeTree = {}): SessionRecord[] {
  return resolveThrough(resourceOf("session"), records, include) as SessionRecord[];
}

export const pageArgs = (query: CollectionQuery) => ({
  orderBy: query.orderBy as never,
  ...pageWindow(query.page),
});

/**
 * Sessions and speakers of one event share the caller's roles on it, which the list services
 * resolve once (`getEventAccess`). The resources' `baseInclude` would look those roles up again
 * for every level of the include tree (event, role assignments, roles, and for sessions the
 * assigned tracks: three or four queries a level); `withoutEventRoles` drops those lookups from
 * a Prisma include built by `prismaInclude` for rows of that one event, and `withEventRoles`
 * puts the resolved roles (with a track organizer's tracks) on the loaded rows, in the shape the
 * lookup had, for `visible`. `include=event` still loads the event itself.
 */
const SAME_EVENT_TYPES: ReadonlySet<string> = new Set(["session", "speaker"]);

function rolesFromBase(resource: AnyResource, actor: Actor, tree: IncludeTree): boolean {
  return SAME_EVENT_TYPES.has(resource.type) && !("event" in tree) && "event" in (resource.baseInclude?.(actor) ?? {});
}

/** The Prisma include argument's own `include` for a relationship of a loaded level. */
function nestedInclude(include: Record<string, unknown>, rel: RelationshipDef, key: string): Record<string, unknown> | undefined {
  let arg = include[rel.field ?? key] as { include?: Record<string, unknown> } | true | undefined;
  if (arg && arg !== true && rel.through) arg = arg.include?.[rel.through.field] as typeof arg;
  return arg && arg !== true ? arg.include : undefined;
}

export function withoutEventRoles<I>(include: I, resource: AnyResource, tree: IncludeTree, actor: Actor): I {
  const level = include as Record<string, unknown>;
  if (rolesFromBase(resource, actor, tree)) delete level.event;
  for (const [key, nested] of Object.entries(tree)) {
    const rel = resource.relationships?.[key];
    const inner = rel && nestedInclude(level, rel, key);
    if (rel && inner) withoutEventRoles(inner, resourceOf(rel.type), nested, actor);
  }
  return include;
}

export function withEventRoles<T>(
  records: T[],
  resource: AnyResource,
  tree: IncludeTree,
  actor: Actor,
  standing: { actorRoles: readonly EventRole[]; actorTrackIds: readonly number[] },
): T[] {
  if (rolesFromBase(resource, actor, tree)) {
    // The tracks go on every row: `actorTrackIds` reads them from all rows, and `reach` decides by role.
    const tracks = standing.actorTrackIds.map((trackId) => ({ trackId }));
    const event = { roles: standing.actorRoles.map((name) => ({ role: { name }, tracks })) };
    for (const record of records) (record as Record<string, unknown>).event = event;
  }
  for (const [key, nested] of Object.entries(tree)) {
    const rel = resource.relationships?.[key];
    if (!rel) continue;
    const field = rel.field ?? key;
    const targets = records.flatMap((record) => {
      const value = (record as Record<string, unknown>)[field];
      return Array.isArray(value) ? value : value ? [value] : [];
    });
    if (targets.length) withEventRoles(targets, resourceOf(rel.type), nested, actor, standing);
  }
  return records;
}
