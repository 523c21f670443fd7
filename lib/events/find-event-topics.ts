import type { Actor } from "../auth/actor";
import type { CollectionQuery } from "../jsonapi/resource";
import { eventTopicResource } from "../taxonomy/resource";
import { findTaxonomy } from "../taxonomy/services";

/** Event topics are public reference data: a page of the non-deleted ones (see lib/taxonomy). */
export const findEventTopics = (actor: Actor, query: CollectionQuery) => findTaxonomy(eventTopicResource, actor, query);
