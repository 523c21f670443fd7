import type { Actor } from "../auth/actor";
import { eventKey } from "../events/event-key";
import { rowIdOrNotFound } from "../jsonapi/input";
import { readSpeakersCall, type SpeakersCallRecord } from "./speakers-call-access";

/**
 * An event's call for speakers (`GET /v1/events/{id}/speakers-call`): a public one for anyone who
 * may view the event, a private one for its team or with its link's `hash`; else NOT_FOUND (also
 * when the event has none). Only the team gets the hash.
 */
export async function getEventSpeakersCall(actor: Actor, eventIdOrIdentifier: string | number, options: { hash?: string } = {}): Promise<SpeakersCallRecord> {
  return readSpeakersCall(actor, { event: eventKey(eventIdOrIdentifier) }, options);
}

/** A call for speakers by its id (`GET /v1/speakers-calls/{id}`), seen as `getEventSpeakersCall` says. */
export async function getSpeakersCall(actor: Actor, id: string | number, options: { hash?: string } = {}): Promise<SpeakersCallRecord> {
  return readSpeakersCall(actor, { id: rowIdOrNotFound(id, "Speakers call") }, options);
}
