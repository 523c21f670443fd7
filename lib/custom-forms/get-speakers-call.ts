import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
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

/**
 * The call an event page shows: the event's public call, or a private one to its team; null
 * when there is none the caller may see (the page then says whether the event takes proposals).
 */
export async function findVisibleSpeakersCall(actor: Actor, eventId: number): Promise<SpeakersCallRecord | null> {
  return getEventSpeakersCall(actor, eventId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  });
}
