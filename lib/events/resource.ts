import { contentRelationship } from "../content/relationships";
import { formReadScope } from "../custom-forms/access";
import { defaultOrderBy } from "../jsonapi/query";
import { resourceOf } from "../jsonapi/registry";
import { createWith, defineResource, memberNames, updateWith, writable, type ResourceDef } from "../jsonapi/resource";
import { actorRoles, can, rolesOf } from "../permissions";
import { sessionsRelationLoad, speakersRelationLoad } from "../sessions/scope";
import { PUBLIC_TICKETS } from "../tickets/visibility";
import { createEvent } from "./create-event";
import { deleteEvent } from "./delete-event";
import { findEvents } from "./find-events";
import { getEvent } from "./get-event";
import type { EventRecord } from "./load";
import { createEventSchema, eventDefaults, updateEventSchema } from "./schemas";
import { updateEvent } from "./update-event";

/** The JSON:API declaration of events (Open Event's names and paths). */

/** Members only the event's staff (and admins) see. */
const STAFF_ONLY = new Set(["deleted-at"]);
let publicMembers: ReadonlySet<string> | undefined;

export const eventResource: ResourceDef<EventRecord> = defineResource<EventRecord>({
  type: "event",
  path: "events",
  model: "Event",
  attributes: {
    identifier: { sortable: true, filter: "string" },
    name: writable({ sortable: true, filter: "string" }),
    startsAt: writable({ sortable: true, filter: "date" }),
    endsAt: writable({ sortable: true, filter: "date" }),
    timezone: writable({ filter: "string" }),
    locationName: writable({ sortable: true, filter: "string", nullable: true }),
    latitude: writable({ filter: "number", nullable: true }),
    longitude: writable({ filter: "number", nullable: true }),
    online: writable({ filter: "boolean" }),
    description: writable(),
    // An event without its own image shows its topic's image (Open Event's system image);
    // services always load the topic for this.
    originalImageUrl: writable({ get: (event) => event.originalImageUrl ?? event.eventTopic?.systemImageUrl ?? null }),
    largeImageUrl: {},
    thumbnailImageUrl: {},
    iconImageUrl: {},
    logoUrl: writable(),
    ownerName: writable({ filter: "string", nullable: true }),
    ownerDescription: writable(),
    hasOwnerInfo: writable({ filter: "boolean" }),
    externalEventUrl: writable(),
    ticketUrl: writable(),
    codeOfConduct: writable(),
    paymentCurrency: writable({ filter: "string" }),
    privacy: writable({ filter: { enum: ["public", "private"] } }),
    state: writable({ sortable: true, filter: { enum: ["draft", "published"] } }),
    schedulePublishedOn: writable({ sortable: true, filter: "date", nullable: true }),
    isSessionsSpeakersEnabled: writable({ filter: "boolean" }),
    isSponsorsEnabled: writable({ filter: "boolean" }),
    email: writable(),
    createdAt: { sortable: true, filter: "date" },
    deletedAt: { filter: "date", nullable: true },
  },
  relationships: {
    eventTopic: { type: "event-topic", foreignKey: "eventTopicId" },
    eventSubTopic: { type: "event-sub-topic", foreignKey: "eventSubTopicId" },
    eventType: { type: "event-type", foreignKey: "eventTypeId" },
    microlocations: contentRelationship("microlocation"),
    tracks: contentRelationship("track"),
    sessionTypes: contentRelationship("session-type"),
    sponsors: contentRelationship("sponsor"),
    socialLinks: contentRelationship("social-link"),
    // Hidden tickets are listed to the event's staff only.
    tickets: contentRelationship("ticket", PUBLIC_TICKETS),
    // Scoped like /v1/events/{id}/sessions and /speakers (lib/sessions/scope.ts).
    sessions: { type: "session", many: true, load: sessionsRelationLoad },
    speakers: { type: "speaker", many: true, load: speakersRelationLoad },
    // The fields of its forms as /v1/events/{id}/custom-forms lists them: the team sees every
    // field, anyone else the included ones.
    customForms: {
      type: "custom-form",
      many: true,
      load: (nested, actor) => ({ where: formReadScope(actor), orderBy: defaultOrderBy(resourceOf("custom-form")), ...(nested ? { include: nested } : {}) }),
    },
    // One call or none; its linkage is read through the call's own rules (a private call is the
    // team's), and it is not included in event documents.
    speakersCall: { type: "speakers-call", includable: false },
  },
  defaults: eventDefaults,
  defaultSort: "starts-at",
  softDelete: true,
  // Open Event's upcoming events (lib/oes/compat.ts says what is simplified): published, public,
  // neither started nor ended.
  upcoming: (now) => ({ state: "published", privacy: "public", startsAt: { gt: now }, endsAt: { gt: now } }),
  baseInclude: (actor) => ({ eventTopic: true, roles: rolesOf(actor) }),
  visible: (actor, event) => {
    if (can(actor, "event.view-private", { ...event, actorRoles: actorRoles(event) })) return undefined;
    publicMembers ??= new Set(memberNames(eventResource).filter((name) => !STAFF_ONLY.has(name)));
    return publicMembers;
  },
  // `id` is the event's id or its identifier.
  get: (actor, id, include) => getEvent(actor, id, "event.view", { include }),
  list: (actor, query) => findEvents(actor, query),
  // Among given rows (a topic's or type's events): what the actor may view.
  find: (actor, where, query) => findEvents(actor, { ...query, viewable: true, where: { AND: [where, query.where ?? {}] } }),
  create: createWith(createEventSchema, (actor, input, { include }) => createEvent(actor, input, { include })),
  update: updateWith(updateEventSchema, (actor, id, input, options) => updateEvent(actor, id, input, options)),
  delete: (actor, id) => deleteEvent(actor, id),
});
