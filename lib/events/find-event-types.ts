import type { Actor } from "../auth/actor";
import type { ParsedQuery } from "../jsonapi/query";
import { eventTypeKind } from "../taxonomy/kinds";
import { findTaxonomy } from "../taxonomy/services";

/** Event types are public reference data: a page of the non-deleted ones (see lib/taxonomy). */
export const findEventTypes = (actor: Actor, query: Pick<ParsedQuery, "where" | "orderBy" | "page" | "include">) =>
  findTaxonomy(eventTypeKind, actor, query);
