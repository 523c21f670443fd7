import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";

/** Marks all of the actor's notifications read; answers how many changed. */
export async function markAllNotificationsRead(actor: Actor): Promise<{ updated: number }> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Sign in to change notifications");
  const { count } = await db.notification.updateMany({
    where: { userId: actor.id, isRead: false, deletedAt: null },
    data: { isRead: true },
  });
  return { updated: count };
}
