import type { Actor } from "../auth/actor";
import type { ParsedQuery } from "../jsonapi/query";
import { eventTopicKind } from "../taxonomy/kinds";
import { findTaxonomy } from "../taxonomy/services";

/** Event topics are public reference data: a page of the non-deleted ones (see lib/taxonomy). */
export const findEventTopics = (actor: Actor, query: Pick<ParsedQuery, "where" | "orderBy" | "page" | "include">) =>
  findTaxonomy(eventTopicKind, actor, query);
