import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";
import type { IncludeTree } from "../jsonapi/resource";
import { getNotification, notificationId, type NotificationRecord } from "./get-notification";
import type { UpdateNotificationInput } from "./schemas";

/**
 * Marks a notification read or unread: the only change Open Event allows (the schema rejects
 * every other attribute). Only its recipient may do it; for anyone else, admins included, it
 * answers 404, because reading state is personal.
 */
export async function updateNotification(
  actor: Actor,
  id: string,
  input: UpdateNotificationInput,
  options: { include?: IncludeTree; expectedId?: string } = {},
): Promise<NotificationRecord> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Sign in to change notifications");
  if (options.expectedId !== undefined && options.expectedId !== id) {
    throw new AppError("CONFLICT", "data.id does not match the URL", { pointer: "/data/id" });
  }
  if (input.isRead !== undefined) {
    const { count } = await db.notification.updateMany({
      where: { id: notificationId(id), userId: actor.id, deletedAt: null },
      data: { isRead: input.isRead },
    });
    if (count === 0) throw new AppError("NOT_FOUND", "Notification not found");
  }
  const notification = await getNotification(actor, id, options);
  if (notification.userId !== actor.id) throw new AppError("NOT_FOUND", "Notification not found");
  return notification;
}
