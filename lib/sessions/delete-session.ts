import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";
import { getSessionAccess } from "./access";

/**
 * Soft-deletes a session: organizers any, a speaker only their own unsubmitted, unlocked draft
 * (anything submitted is withdrawn instead, so the organizers keep its history).
 */
export async function deleteSession(actor: Actor, id: string): Promise<void> {
  const { session, abilities } = await getSessionAccess(actor, id);
  const ownDraft = abilities.own && session.state === "draft" && !session.isLocked;
  if (!abilities.organizer && !ownDraft) throw new AppError("FORBIDDEN", "You may not delete this session");
  await db.session.update({ where: { id: session.id }, data: { deletedAt: new Date() } });
}
