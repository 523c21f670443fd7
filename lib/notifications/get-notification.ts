import { isAdmin, type Actor } from "../auth/actor";
import { db } from "../db";
import type { Notification } from "../generated/prisma/client";
import { AppError } from "../errors";
import { rowIdOrNotFound } from "../jsonapi/input";
import { prismaInclude } from "../jsonapi/include";
import { resourceOf } from "../jsonapi/registry";
import type { IncludeTree } from "../jsonapi/resource";
import type { UserRecord } from "../users/load";

/** A notification as services load it (see the declaration, resource.ts). */
export type NotificationRecord = Notification & { user?: UserRecord };

/** Parses a path id; anything but a positive integer is a missing notification. */
export function notificationId(id: string): number {
  return rowIdOrNotFound(id, "Notification");
}

/**
 * One notification the actor may read (their own; admins any). Someone else's answers 404,
 * exactly like a missing one: the check is part of the query.
 */
export async function getNotification(actor: Actor, id: string, options: { include?: IncludeTree } = {}): Promise<NotificationRecord> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Sign in to read notifications");
  const notification = await db.notification.findFirst({
    where: { id: notificationId(id), deletedAt: null, ...(isAdmin(actor) ? {} : { userId: actor.id }) },
    include: prismaInclude(resourceOf("notification"), options.include ?? {}, actor),
  });
  if (!notification) throw new AppError("NOT_FOUND", "Notification not found");
  return notification as NotificationRecord;
}
