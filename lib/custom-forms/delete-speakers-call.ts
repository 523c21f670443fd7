import type { Actor } from "../auth/actor";
import { db } from "../db";
import { manageableSpeakersCall } from "./update-speakers-call";

/**
 * Withdraws an event's call for speakers (`DELETE /v1/speakers-calls/{id}`), co-organizers and up.
 * Without a call, an event that takes proposals takes them at any time (see proposal-window.ts).
 */
export async function deleteSpeakersCall(actor: Actor, id: string | number): Promise<void> {
  const stored = await manageableSpeakersCall(actor, id);
  await db.speakersCall.delete({ where: { id: stored.id } });
}
