import type { Actor } from "../auth/actor";
import { db } from "../db";
import { getEvent } from "../events/get-event";
import type { LoadedEvent } from "../events/load";
import type { FormField } from "./form-schema";
import { getFormDefinition } from "./get-form-definition";

export interface FormBuilderData {
  event: LoadedEvent;
  /** Both forms, every field (included or not), in order. */
  definition: FormField[];
  /** What the preview's track and session type selects offer, as the proposal page does. */
  tracks: { id: number; name: string }[];
  types: { id: number; name: string; length: string }[];
}

/**
 * The form builder's data: the event, both of its forms, and its tracks and session types for
 * the preview. Only those who may change the forms (`content.manage`) get it; anyone else
 * NOT_FOUND.
 */
export async function getFormBuilder(actor: Actor, idOrIdentifier: string | number): Promise<FormBuilderData> {
  const event = await getEvent(actor, idOrIdentifier, "content.manage");
  const [definition, tracks, types] = await Promise.all([
    getFormDefinition(actor, event.id),
    db.track.findMany({ where: { eventId: event.id, deletedAt: null }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, name: true } }),
    db.sessionType.findMany({
      where: { eventId: event.id, deletedAt: null },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, name: true, length: true },
    }),
  ]);
  return { event, definition, tracks, types };
}
