import type { z } from "zod";
import { eventSubTopicResource, eventTopicResource, eventTypeResource } from "../events/resource";
import type { AnyResource } from "../jsonapi/resource";
import {
  createEventSubTopicSchema,
  createEventTopicSchema,
  createEventTypeSchema,
  updateEventSubTopicSchema,
  updateEventTopicSchema,
  updateEventTypeSchema,
} from "./schemas";

/**
 * Event topics, sub-topics and types: public reference data that only platform admins change.
 * One declaration per kind; services.ts and routes.ts are shared.
 */
export interface TaxonomyKind {
  resource: AnyResource;
  /** Noun for messages ("Event topic not found"). */
  label: string;
  model: "eventTopic" | "eventSubTopic" | "eventType";
  createSchema: z.ZodType<Record<string, unknown>>;
  updateSchema: z.ZodType<Record<string, unknown>>;
  /** The Event column pointing here: rows still used by events are not deleted. */
  usedBy: "eventTopicId" | "eventSubTopicId" | "eventTypeId";
  /** Rows listed and created under a parent (`/v1/event-topics/{id}/event-sub-topics`). */
  parent?: { kind: TaxonomyKind; column: "eventTopicId" };
}

export const eventTopicKind: TaxonomyKind = {
  resource: eventTopicResource,
  label: "Event topic",
  model: "eventTopic",
  createSchema: createEventTopicSchema,
  updateSchema: updateEventTopicSchema,
  usedBy: "eventTopicId",
};

export const eventSubTopicKind: TaxonomyKind = {
  resource: eventSubTopicResource,
  label: "Event sub-topic",
  model: "eventSubTopic",
  createSchema: createEventSubTopicSchema,
  updateSchema: updateEventSubTopicSchema,
  usedBy: "eventSubTopicId",
  parent: { kind: eventTopicKind, column: "eventTopicId" },
};

export const eventTypeKind: TaxonomyKind = {
  resource: eventTypeResource,
  label: "Event type",
  model: "eventType",
  createSchema: createEventTypeSchema,
  updateSchema: updateEventTypeSchema,
  usedBy: "eventTypeId",
};
