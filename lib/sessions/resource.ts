import { isAdmin, type Actor } from "../auth/actor";
import { createWith, defineResource, memberNames, parentIdOf, updateWith, writable, type ResourceDef } from "../jsonapi/resource";
import { actorRoles } from "../permissions";
import { createEventSession } from "./create-session";
import { deleteSession } from "./delete-session";
import { findEventSessions, findSessionsWhere } from "./find-sessions";
import { getSession } from "./get-session";
import type { SessionRecord } from "./load";
import { createSessionSchema, sessionDefaults, updateSessionSchema } from "./schemas";
import { actorStandingSelect, actorTrackIds, reachesSession } from "./scope";
import { SESSION_STATES } from "./states";
import { updateSession } from "./update-session";

/** Members the public never sees: organizers' notes to the speaker and custom-form answers. */
const PRIVATE_MEMBERS = new Set(["comments", "complex-field-values"]);
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
    complexFieldValues: writable(),
  },
  relationships: {
    event: { type: "event" },
    track: { type: "track", foreignKey: "trackId" },
    microlocation: { type: "microlocation", foreignKey: "microlocationId" },
    sessionType: { type: "session-type", foreignKey: "sessionTypeId" },
    speakers: {
      type: "speaker",
      many: true,
      through: { model: "SessionSpeaker", field: "speaker" },
      // Every non-deleted speaker of a session the actor sees is visible to them (speakerScope
      // admits speakers of visible sessions), so no per-speaker scope is needed here.
      load: () => ({ where: { speaker: { deletedAt: null } }, orderBy: [{ speaker: { name: "asc" } }, { speakerId: "asc" }] }),
    },
    // The account's id is all a linkage needs; the row itself (password hash included) is never
    // loaded, and a user's email never travels inside session documents: clients follow the
    // link to /v1/users/{id}, which checks access.
    creator: { type: "user", includable: false, load: () => ({ select: { id: true } }) },
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
  get: (actor, id, include) => getSession(actor, id, { include }),
  list: (actor, query, eventId) => findEventSessions(actor, parentIdOf(sessionResource, eventId), query),
  find: (actor, where, query) => findSessionsWhere(actor, where, query),
  create: createWith(
    createSessionSchema,
    (actor, input, { parentId, include }) => createEventSession(actor, parentIdOf(sessionResource, parentId), input, { include }),
    "event",
  ),
  update: updateWith(updateSessionSchema, (actor, id, input, options) => updateSession(actor, id, input, options)),
  delete: (actor, id) => deleteSession(actor, id),
});
