import { isAdmin, type Actor } from "../auth/actor";
import { eventResource } from "../events/resources";
import type { Session } from "../generated/prisma/client";
import { defineResource, memberNames, type AttributeDef, type ResourceDef } from "../jsonapi/resource";
import { actorRoles } from "../permissions";
import { speakerResource, type SpeakerRecord } from "../speakers/resources";
import { microlocationResource } from "../microlocations/resources";
import { sessionTypeResource } from "../session-types/resources";
import { trackResource } from "../tracks/resources";
import { userLinkResource } from "./related-resources";
import { actorStandingSelect, actorTrackIds, reachesSession, sessionScope, type LoadedRoleRow } from "./scope";
import { sessionDefaults } from "./schemas";
import { SESSION_STATES } from "./states";

/** A session as services load it; relations are present when the response needs them. */
export interface SessionRecord extends Session {
  /** At least the actor's roles on the event and the tracks they name (see `baseInclude`). */
  event?: { roles?: LoadedRoleRow[] } | null;
  /**
   * Speakers (resolved from the SessionSpeaker rows Prisma loads; see `resolveThrough`); for a
   * signed-in caller at least the ones linked to them, with `userId`.
   */
  speakers?: Partial<SpeakerRecord>[];
}

/**
 * Members the public never sees: organizers' notes to the speaker. Of the custom-form answers it
 * sees those to public fields (`publicFieldValues`, see lib/custom-forms/public-answers.ts).
 */
const PRIVATE_MEMBERS = new Set(["comments"]);
let publicMembers: ReadonlySet<string> | undefined;

/**
 * Whether the actor sees the whole session: admins, the event's staff, track organizers the
 * sessions of their tracks, and its own speakers.
 */
export function seesWholeSession(actor: Actor, session: SessionRecord): boolean {
  if (!actor) return false;
  if (isAdmin(actor) || session.creatorId === actor.id) return true;
  const roles = actorRoles(session.event ?? {});
  if (reachesSession(actor, "content.view-private", roles, actorTrackIds(session.event), session.trackId)) return true;
  return (session.speakers ?? []).some((speaker) => speaker.userId === actor.id);
}

const writable = (extra: Partial<AttributeDef<SessionRecord>> = {}): AttributeDef<SessionRecord> => ({ writable: true, ...extra });

export const sessionResource: ResourceDef<SessionRecord> = defineResource<SessionRecord>({
  type: "session",
  path: "sessions",
  model: "Session",
  attributes: {
    title: writable({ sortable: true, filter: "string" }),
    subtitle: writable(),
    shortAbstract: writable(),
    longAbstract: writable(),
    comments: writable(),
    language: writable({ sortable: true, filter: "string", nullable: true }),
    level: writable({ sortable: true, filter: "string", nullable: true }),
    startsAt: writable({ sortable: true, filter: "date", nullable: true }),
    endsAt: writable({ sortable: true, filter: "date", nullable: true }),
    state: writable({ sortable: true, filter: { enum: SESSION_STATES } }),
    slidesUrl: writable(),
    videoUrl: writable(),
    audioUrl: writable(),
    signupUrl: writable(),
    isLocked: writable({ filter: "boolean" }),
    submittedAt: { sortable: true, filter: "date", nullable: true },
    lastModifiedAt: { sortable: true, filter: "date" },
    createdAt: { sortable: true, filter: "date" },
    complexFieldValues: writable({ get: (session, actor) => (seesWholeSession(actor, session) ? session.complexFieldValues : session.publicFieldValues) }),
  },
  relationships: {
    event: { resource: () => eventResource },
    track: { resource: () => trackResource, foreignKey: "trackId" },
    microlocation: { resource: () => microlocationResource, foreignKey: "microlocationId" },
    sessionType: { resource: () => sessionTypeResource, foreignKey: "sessionTypeId" },
    speakers: {
      resource: () => speakerResource,
      many: true,
      through: { model: "SessionSpeaker", field: "speaker" },
      // Every non-deleted speaker of a session the actor sees is visible to them (speakerScope
      // admits speakers of visible sessions), so no per-speaker scope is needed here.
      load: () => ({ where: { speaker: { deletedAt: null } }, orderBy: [{ speaker: { name: "asc" } }, { speakerId: "asc" }] }),
    },
    // The account's id is all a linkage needs; the row itself (password hash included) is never loaded.
    creator: { resource: () => userLinkResource, includable: false, load: () => ({ select: { id: true } }) },
  },
  defaults: sessionDefaults,
  defaultSort: "starts-at,title",
  // What `visible` needs for a signed-in caller: their roles on the event (with the tracks a
  // track organizer's role names) and whether one of the speakers is them. Anonymous callers
  // and admins need nothing, so their loads stay smaller.
  baseInclude: (actor) =>
    actor && !isAdmin(actor)
      ? {
          event: actorStandingSelect(actor),
          speakers: { where: { speaker: { userId: actor.id, deletedAt: null } }, select: { speaker: { select: { userId: true } } } },
        }
      : {},
  visible: (actor, record) => {
    if (seesWholeSession(actor, record)) return undefined;
    publicMembers ??= new Set(memberNames(sessionResource).filter((name) => !PRIVATE_MEMBERS.has(name)));
    return publicMembers;
  },
});

/** The Prisma include argument of a to-many relationship to sessions, scoped to what the actor sees. */
export function sessionsRelationLoad(nested: Record<string, unknown> | undefined, actor: Actor) {
  return { where: sessionScope(actor), orderBy: [{ startsAt: "asc" }, { title: "asc" }, { id: "asc" }], ...(nested ? { include: nested } : {}) };
}
