import type { EventSubTopic, EventTopic, EventType } from "../generated/prisma/client";
import type { ResourceDef, RelationshipDef } from "../jsonapi/resource";
import { eventScope } from "../permissions";
import {
  createEventSubTopicSchema,
  createEventTopicSchema,
  createEventTypeSchema,
  updateEventSubTopicSchema,
  updateEventTopicSchema,
  updateEventTypeSchema,
} from "./schemas";
import { createTaxonomy, deleteTaxonomy, findTaxonomy, getTaxonomy, updateTaxonomy, type TaxonomySpec } from "./services";

/**
 * Event topics, sub-topics and types (Open Event's names and paths): public reference data that
 * only platform admins change. Each is declared once here; the services (services.ts) are shared
 * and bound by `defineTaxonomyResource`.
 */
function defineTaxonomyResource<R>(def: ResourceDef<R> & TaxonomySpec): ResourceDef<R> & TaxonomySpec {
  const resource: ResourceDef<R> & TaxonomySpec = {
    ...def,
    get: (actor, id, include) => getTaxonomy(resource, actor, id, include),
    list: (actor, query, parentId) => findTaxonomy(resource, actor, { ...query, parentId }),
    create: {
      schema: def.createSchema,
      ...(def.parent ? { parent: def.parent.relationship } : {}),
      run: (actor, input, { parentId, include }) => createTaxonomy(resource, actor, input as Record<string, unknown>, { parentId, include }),
    },
    update: {
      schema: def.updateSchema,
      run: (actor, id, input, options) => updateTaxonomy(resource, actor, id, input as Record<string, unknown>, options),
    },
    delete: (actor, id) => deleteTaxonomy(resource, actor, id),
  };
  return resource;
}

/**
 * The events of a topic, sub-topic or type that the caller may see, in the events' own order
 * (`/v1/event-types/{id}/events`); written through each event's update (its `event-type`, …).
 * Not includable: a topic's events are a collection to page through, not part of its document.
 */
const eventsRelationship: RelationshipDef = {
  type: "event",
  many: true,
  includable: false,
  load: (nested, actor) => ({ where: eventScope(actor, "event.view"), orderBy: [{ startsAt: "asc" }, { id: "asc" }], ...(nested ? { include: nested } : {}) }),
};

const named = {
  name: { writable: true, sortable: true, filter: "string" },
  slug: { writable: true, sortable: true, filter: "string" },
} as const;

export const eventTypeResource = defineTaxonomyResource<EventType>({
  type: "event-type",
  path: "event-types",
  model: "EventType",
  attributes: named,
  defaultSort: "name",
  label: "Event type",
  createSchema: createEventTypeSchema,
  updateSchema: updateEventTypeSchema,
  relationships: { events: eventsRelationship },
  usedBy: "eventTypeId",
});

export const eventSubTopicResource = defineTaxonomyResource<EventSubTopic>({
  type: "event-sub-topic",
  path: "event-sub-topics",
  model: "EventSubTopic",
  attributes: named,
  relationships: {
    eventTopic: { type: "event-topic" },
    events: eventsRelationship,
  },
  defaultSort: "name",
  label: "Event sub-topic",
  createSchema: createEventSubTopicSchema,
  updateSchema: updateEventSubTopicSchema,
  usedBy: "eventSubTopicId",
  parent: { relationship: "eventTopic", type: "event-topic", column: "eventTopicId" },
});

export const eventTopicResource = defineTaxonomyResource<EventTopic>({
  type: "event-topic",
  path: "event-topics",
  model: "EventTopic",
  attributes: {
    ...named,
    systemImageUrl: { writable: true },
  },
  relationships: {
    subTopics: {
      name: "event-sub-topics",
      type: "event-sub-topic",
      many: true,
      load: (nested) => ({ where: { deletedAt: null }, orderBy: [{ name: "asc" }, { id: "asc" }], ...(nested ? { include: nested } : {}) }),
    },
    events: eventsRelationship,
  },
  defaultSort: "name",
  label: "Event topic",
  createSchema: createEventTopicSchema,
  updateSchema: updateEventTopicSchema,
  usedBy: "eventTopicId",
});
