import { db } from "../db";
import { AppError } from "../errors";

interface Taxonomy {
  eventTopicId?: number | null;
  eventSubTopicId?: number | null;
  eventTypeId?: number | null;
}

const invalid = (relationship: string, detail: string) => new AppError("UNPROCESSABLE", detail, { relationship });

/**
 * The topic, sub-topic and type an event points at must exist (and not be deleted), and a
 * sub-topic must belong to the event's topic. Checked before writing so that the client learns
 * which relationship is wrong instead of a bare foreign-key failure.
 */
export async function checkTaxonomy(value: Taxonomy): Promise<void> {
  const { eventTopicId, eventSubTopicId, eventTypeId } = value;
  const [topic, subTopic, type] = await Promise.all([
    eventTopicId ? db.eventTopic.findFirst({ where: { id: eventTopicId, deletedAt: null }, select: { id: true } }) : null,
    eventSubTopicId
      ? db.eventSubTopic.findFirst({ where: { id: eventSubTopicId, deletedAt: null }, select: { eventTopicId: true } })
      : null,
    eventTypeId ? db.eventType.findFirst({ where: { id: eventTypeId, deletedAt: null }, select: { id: true } }) : null,
  ]);
  if (eventTopicId && !topic) throw invalid("eventTopic", "This event topic does not exist");
  if (eventTypeId && !type) throw invalid("eventType", "This event type does not exist");
  if (eventSubTopicId) {
    if (!subTopic) throw invalid("eventSubTopic", "This event sub-topic does not exist");
    if (subTopic.eventTopicId !== eventTopicId) {
      throw invalid("eventSubTopic", "The sub-topic must belong to the event's topic");
    }
  }
}
