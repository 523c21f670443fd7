import type { Actor } from "../auth/actor";
import { getEvent } from "../events/get-event";
import type { LoadedEvent } from "../events/load";

export interface Choice {
  id: number;
  name: string;
}

export interface SessionsEvent {
  event: LoadedEvent;
  tracks: (Choice & { color: string })[];
  rooms: Choice[];
  types: (Choice & { length: string })[];
}

/**
 * The event of a sessions/speakers dashboard page for its staff (`content.view-private`, as the
 * overview), with the tracks, rooms and session types the filters and forms pick from, loaded
 * with it through the event's own includes. Anyone else gets NOT_FOUND.
 */
export async function getSessionsEvent(actor: Actor, eventId: string): Promise<SessionsEvent> {
  const event = (await getEvent(actor, eventId, "content.view-private", {
    include: { tracks: {}, microlocations: {}, sessionTypes: {} },
  })) as LoadedEvent & {
    tracks?: (Choice & { color: string })[];
    microlocations?: Choice[];
    sessionTypes?: (Choice & { length: string })[];
  };
  const pick = <T extends Choice>(rows: T[] | undefined) => rows ?? [];
  return {
    event,
    tracks: pick(event.tracks).map(({ id, name, color }) => ({ id, name, color })),
    rooms: pick(event.microlocations).map(({ id, name }) => ({ id, name })),
    types: pick(event.sessionTypes).map(({ id, name, length }) => ({ id, name, length })),
  };
}
