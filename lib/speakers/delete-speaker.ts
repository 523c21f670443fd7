import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";
import { getSpeakerAccess } from "./update-speaker";

/** Soft-deletes a speaker (organizers only: a profile may carry other people's sessions). */
export async function deleteSpeaker(actor: Actor, id: string): Promise<void> {
  const { speaker, organizer } = await getSpeakerAccess(actor, id);
  if (!organizer) throw new AppError("FORBIDDEN", "You may not delete this speaker");
  await db.speaker.update({ where: { id: speaker.id }, data: { deletedAt: new Date() } });
}
