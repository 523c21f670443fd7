import type { Actor } from "../auth/actor";
import { db } from "../db";
import { getEvent } from "../events/get-event";
import { loadEventSetup } from "../event-setup/load";
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
  const [definition, setup] = await Promise.all([getFormDefinition(actor, event.id), loadEventSetup(db, event.id)]);
  return {
    event,
    definition,
    tracks: setup.tracks.map(({ id, name }) => ({ id, name })),
    types: setup.sessionTypes.map(({ id, name, length }) => ({ id, name, length })),
  };
}
