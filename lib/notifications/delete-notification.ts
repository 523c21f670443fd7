import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";
import { notificationId } from "./get-notification";

/** Soft-deletes one of the actor's own notifications; another user's answers 404. */
export async function deleteNotification(actor: Actor, id: string): Promise<void> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Sign in to delete notifications");
  const { count } = await db.notification.updateMany({
    where: { id: notificationId(id), userId: actor.id, deletedAt: null },
    data: { deletedAt: new Date() },
  });
  if (count === 0) throw new AppError("NOT_FOUND", "Notification not found");
}
