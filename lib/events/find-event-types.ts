import type { Actor } from "../auth/actor";
import type { CollectionQuery } from "../jsonapi/resource";
import { eventTypeResource } from "../taxonomy/resource";
import { findTaxonomy } from "../taxonomy/services";

/** Event types are public reference data: a page of the non-deleted ones (see lib/taxonomy). */
export const findEventTypes = (actor: Actor, query: CollectionQuery) => findTaxonomy(eventTypeResource, actor, query);
