import { isAdmin, type Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { prismaInclude } from "../jsonapi/include";
import { resourceOf } from "../jsonapi/registry";
import type { IncludeTree } from "../jsonapi/resource";
import type { OrderBy } from "../jsonapi/query";
import type { NotificationRecord } from "./get-notification";
import { pageWindow } from "../pagination";

export interface FindNotificationsQuery {
  /** Only this user's notifications (`/v1/users/{id}/notifications`). */
  userId?: number;
  where?: Prisma.NotificationWhereInput | Record<string, unknown>;
  orderBy?: OrderBy;
  page?: { size: number; number: number };
  include?: IncludeTree;
}

const DEFAULT_ORDER: OrderBy = [{ receivedAt: "desc" }, { id: "desc" }];

/**
 * Notifications the actor may read: admins all of them, everyone else their own. Another
 * user's list answers 404 (not 403), so that user ids cannot be probed.
 */
export function notificationScope(actor: Actor, userId?: number): Prisma.NotificationWhereInput {
  if (!actor) throw new AppError("UNAUTHORIZED", "Sign in to read notifications");
  if (userId !== undefined && userId !== actor.id && !isAdmin(actor)) throw new AppError("NOT_FOUND", "User not found");
  const owner = userId ?? (isAdmin(actor) ? undefined : actor.id);
  return { deletedAt: null, ...(owner === undefined ? {} : { userId: owner }) };
}

export async function findNotifications(
  actor: Actor,
  query: FindNotificationsQuery = {},
): Promise<{ items: NotificationRecord[]; count: number }> {
  const where: Prisma.NotificationWhereInput = { AND: [notificationScope(actor, query.userId), query.where ?? {}] };
  const page = query.page ?? { size: 20, number: 1 };
  const [items, count] = await Promise.all([
    db.notification.findMany({
      where,
      orderBy: (query.orderBy?.length ? query.orderBy : DEFAULT_ORDER) as Prisma.NotificationOrderByWithRelationInput[],
      ...pageWindow(page),
      include: prismaInclude(resourceOf("notification"), query.include ?? {}, actor),
    }),
    db.notification.count({ where }),
  ]);
  return { items: items as NotificationRecord[], count };
}

/** The bell's number: the actor's unread, non-deleted notifications. */
export async function countUnreadNotifications(actor: Actor): Promise<number> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Sign in to read notifications");
  return db.notification.count({ where: { userId: actor.id, isRead: false, deletedAt: null } });
}
