import { defineResource } from "../jsonapi/resource";
import type { Notification } from "../generated/prisma/client";
import { USER_SELECT, type UserRecord } from "../users/resource";

export type NotificationRecord = Notification & { user?: UserRecord };

/**
 * Open Event's `notification`. Every attribute but `is-read` is marked writable only so that
 * the update schema sees it and rejects it with its pointer (instead of the body parser
 * silently dropping it as read-only).
 */
export const notificationResource = defineResource<NotificationRecord>({
  type: "notification",
  path: "notifications",
  model: "Notification",
  attributes: {
    title: { writable: true, filter: "string" },
    message: { writable: true },
    action: { writable: true, filter: "string", sortable: true },
    link: { writable: true },
    isRead: { writable: true, filter: "boolean", sortable: true },
    receivedAt: { writable: true, filter: "date", sortable: true },
  },
  relationships: {
    // Users are always loaded through USER_SELECT, never with their secrets.
    user: { type: "user", load: () => ({ select: USER_SELECT }) },
  },
  defaultSort: "-received-at",
});
