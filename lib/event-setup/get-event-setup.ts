import type { Actor } from "../auth/actor";
import { db } from "../db";
import { getEvent } from "../events/get-event";
import type { LoadedEvent } from "../events/load";
import { loadEventSetup, type EventSetup } from "./load";

/**
 * The setup page's data: the event and its tracks, rooms and session types. Only those who
 * may change them (`content.manage`) get the editor; anyone else gets NOT_FOUND.
 */
export async function getEventSetup(
  actor: Actor,
  idOrIdentifier: string | number,
): Promise<{ event: LoadedEvent; setup: EventSetup }> {
  const event = await getEvent(actor, idOrIdentifier, "content.manage");
  return { event, setup: await loadEventSetup(db, event.id) };
}
