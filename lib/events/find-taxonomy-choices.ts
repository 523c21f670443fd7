import { db } from "../db";

export interface TaxonomyChoices {
  topics: { id: number; name: string; slug: string; subTopics: { id: number; name: string }[] }[];
  types: { id: number; name: string; slug: string }[];
}

/** The topics (with their sub-topics) and types an event may take, for the event form's selects: public reference data. */
export async function findTaxonomyChoices(): Promise<TaxonomyChoices> {
  const [topics, types] = await Promise.all([
    db.eventTopic.findMany({
      where: { deletedAt: null },
      orderBy: { name: "asc" },
      select: { id: true, name: true, slug: true, subTopics: { where: { deletedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } } },
    }),
    db.eventType.findMany({ where: { deletedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true, slug: true } }),
  ]);
  return { topics, types };
}
