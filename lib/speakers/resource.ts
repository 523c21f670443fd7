import { isAdmin, type Actor } from "../auth/actor";
import { createWith, defineResource, memberNames, parentIdOf, updateWith, writable, type ResourceDef } from "../jsonapi/resource";
import { actorRoles } from "../permissions";
import { actorRolesSelect, rolesAllow, sessionScope } from "../sessions/scope";
import { createEventSpeaker } from "./create-speaker";
import { deleteSpeaker } from "./delete-speaker";
import { findEventSpeakers } from "./find-speakers";
import { getSpeaker } from "./get-speaker";
import type { SpeakerRecord } from "./load";
import { createSpeakerSchema, updateSpeakerSchema } from "./schemas";
import { updateSpeaker } from "./update-speaker";

/**
 * Contact details and custom-form answers are for the event's staff and the speaker alone. The
 * members are left out of the document (not nulled), so a client cannot tell "hidden" from
 * "empty" and no serializer path can leak them by accident.
 */
const PRIVATE_MEMBERS = new Set(["email", "mobile", "complex-field-values"]);
let publicMembers: ReadonlySet<string> | undefined;

/**
 * Whether the actor sees the whole profile: admins, the event's staff, and the speaker. Track
 * organizers see the public part: their reach is their tracks' sessions, not the contact
 * details of people (who may also speak in other tracks).
 */
export function seesWholeSpeaker(actor: Actor, speaker: SpeakerRecord): boolean {
  if (!actor) return false;
  if (isAdmin(actor) || (speaker.userId !== null && speaker.userId === actor.id)) return true;
  return rolesAllow(actor, "content.view-private", actorRoles(speaker.event ?? {}));
}

export const speakerResource: ResourceDef<SpeakerRecord> = defineResource<SpeakerRecord>({
  type: "speaker",
  path: "speakers",
  model: "Speaker",
  attributes: {
    name: writable({ sortable: true, filter: "string" }),
    // Deliberately neither sortable nor filterable: a filter would let anyone probe for an
    // address even though the member itself is hidden from them.
    email: writable(),
    photoUrl: writable(),
    thumbnailImageUrl: {},
    smallImageUrl: {},
    iconImageUrl: {},
    shortBiography: writable(),
    longBiography: writable(),
    speakingExperience: writable(),
    mobile: writable(),
    website: writable(),
    twitter: writable(),
    github: writable(),
    linkedin: writable(),
    facebook: writable(),
    organisation: writable({ sortable: true, filter: "string", nullable: true }),
    position: writable({ filter: "string", nullable: true }),
    country: writable({ sortable: true, filter: "string", nullable: true }),
    city: writable({ sortable: true, filter: "string", nullable: true }),
    gender: writable(),
    isFeatured: writable({ filter: "boolean" }),
    complexFieldValues: writable(),
  },
  relationships: {
    event: { type: "event" },
    sessions: {
      type: "session",
      many: true,
      through: { model: "SessionSpeaker", field: "session" },
      // A public speaker may also have rejected or draft proposals: only sessions the actor sees.
      load: (_nested, actor) => ({
        where: { session: sessionScope(actor) },
        orderBy: [{ session: { startsAt: "asc" } }, { sessionId: "asc" }],
      }),
    },
    // The account's id is all a linkage needs; the row itself (password hash included) is never
    // loaded, and the user's email never travels inside speaker documents (see sessions' creator).
    user: { type: "user", foreignKey: "userId", includable: false, load: () => ({ select: { id: true } }) },
  },
  defaultSort: "name",
  baseInclude: (actor) => (actor && !isAdmin(actor) ? { event: actorRolesSelect(actor) } : {}),
  visible: (actor, record) => {
    if (seesWholeSpeaker(actor, record)) return undefined;
    publicMembers ??= new Set(memberNames(speakerResource).filter((name) => !PRIVATE_MEMBERS.has(name)));
    return publicMembers;
  },
  get: (actor, id, include) => getSpeaker(actor, id, { include }),
  list: (actor, query, eventId) => findEventSpeakers(actor, parentIdOf(speakerResource, eventId), query),
  create: createWith(
    createSpeakerSchema,
    (actor, input, { parentId, include }) => createEventSpeaker(actor, parentIdOf(speakerResource, parentId), input, { include }),
    "event",
  ),
  update: updateWith(updateSpeakerSchema, (actor, id, input, options) => updateSpeaker(actor, id, input, options)),
  delete: (actor, id) => deleteSpeaker(actor, id),
});
