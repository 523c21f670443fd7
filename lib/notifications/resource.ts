import { defineResource, updateWith } from "../jsonapi/resource";
import { USER_SELECT } from "../users/load";
import { deleteNotification } from "./delete-notification";
import { findNotifications } from "./find-notifications";
import { getNotification, type NotificationRecord } from "./get-notification";
import { updateNotificationSchema } from "./schemas";
import { updateNotification } from "./update-notification";

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
  get: (actor, id, include) => getNotification(actor, id, { include }),
  list: (actor, query) => findNotifications(actor, query),
  update: updateWith(updateNotificationSchema, (actor, id, input, options) => updateNotification(actor, id, input, options)),
  delete: (actor, id) => deleteNotification(actor, id),
});
