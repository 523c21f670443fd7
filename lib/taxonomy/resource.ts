import type { EventSubTopic, EventTopic, EventType } from "../generated/prisma/client";
import type { ResourceDef } from "../jsonapi/resource";
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
  usedBy: "eventTypeId",
});

export const eventSubTopicResource = defineTaxonomyResource<EventSubTopic>({
  type: "event-sub-topic",
  path: "event-sub-topics",
  model: "EventSubTopic",
  attributes: named,
  relationships: {
    eventTopic: { type: "event-topic" },
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
  },
  defaultSort: "name",
  label: "Event topic",
  createSchema: createEventTopicSchema,
  updateSchema: updateEventTopicSchema,
  usedBy: "eventTopicId",
});
