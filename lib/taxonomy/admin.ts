import type { Actor } from "../auth/actor";
import type { OrderBy } from "../jsonapi/query";
import { eventSubTopicResource, eventTopicResource, eventTypeResource } from "./resource";
import { findTaxonomy, getTaxonomy, type TaxonomyResource } from "./services";

/**
 * What the admin taxonomy pages read, over the same services as `/v1/event-topics`,
 * `/event-sub-topics` and `/event-types`: a page of rows by name, and a topic with its sub-topics.
 */

export const TAXONOMY_PAGE_SIZE = 50;

export const ADMIN_TAXONOMY_KINDS = { "event-topic": eventTopicResource, "event-sub-topic": eventSubTopicResource, "event-type": eventTypeResource } as const;
export type AdminTaxonomyKind = keyof typeof ADMIN_TAXONOMY_KINDS;

export interface TaxonomyRow {
  id: number;
  name: string;
  slug: string;
  systemImageUrl?: string | null;
}

const BY_NAME: OrderBy = [{ name: "asc" }, { id: "asc" }];

async function page(kind: TaxonomyResource, actor: Actor, number: number, parentId?: string) {
  const { items, count } = await findTaxonomy(kind, actor, {
    where: {},
    orderBy: BY_NAME,
    page: { size: TAXONOMY_PAGE_SIZE, number },
    include: {},
    ...(parentId === undefined ? {} : { parentId }),
  });
  return { items: items as TaxonomyRow[], count };
}

export const findEventTopicPage = (actor: Actor, number = 1) => page(eventTopicResource, actor, number);
export const findEventTypePage = (actor: Actor, number = 1) => page(eventTypeResource, actor, number);

/** A topic and all its sub-topics (at most a page of them). */
export async function getEventTopicWithSubTopics(actor: Actor, id: string) {
  const topic = (await getTaxonomy(eventTopicResource, actor, id)) as TaxonomyRow;
  const subTopics = await page(eventSubTopicResource, actor, 1, String(topic.id));
  return { topic, subTopics: subTopics.items, subTopicCount: subTopics.count };
}
