"use client";

/**
 * The browser side of the notifications API: plain fetches to /v1 with the session cookie
 * (getActor accepts it), shared by the bell and the notifications page so that both read and
 * invalidate the same react-query keys.
 */

const MEDIA_TYPE = "application/vnd.api+json";

export interface NotificationItem {
  id: string;
  title: string;
  message: string;
  action: string;
  link: string | null;
  isRead: boolean;
  receivedAt: string;
}

interface ResourceObject {
  id: string;
  attributes: { title: string; message: string; action: string; link: string | null; "is-read": boolean; "received-at": string };
}

export const notificationKeys = {
  all: ["notifications"] as const,
  unread: (userId: number) => ["notifications", userId, "unread"] as const,
  page: (userId: number, page: number, size: number) => ["notifications", userId, "page", page, size] as const,
};

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(path, {
    ...init,
    credentials: "same-origin",
    headers: { accept: MEDIA_TYPE, ...(init.body ? { "content-type": MEDIA_TYPE } : {}), ...init.headers },
  });
  if (!response.ok) throw new Error(`Request failed (${response.status})`);
  return (await response.json()) as T;
}

const toItem = (object: ResourceObject): NotificationItem => ({
  id: object.id,
  title: object.attributes.title,
  message: object.attributes.message,
  action: object.attributes.action,
  link: object.attributes.link,
  isRead: object.attributes["is-read"],
  receivedAt: object.attributes["received-at"],
});

/** The user's own list (not /v1/notifications, which for an admin lists everyone's). */
export async function fetchNotifications(userId: number, page: number, size: number): Promise<{ items: NotificationItem[]; count: number }> {
  const query = new URLSearchParams({ "page[size]": String(size), "page[number]": String(page) });
  const document = await request<{ data: ResourceObject[]; meta: { count: number } }>(`/v1/users/${userId}/notifications?${query}`);
  return { items: document.data.map(toItem), count: document.meta.count };
}

export async function fetchUnreadCount(userId: number): Promise<number> {
  const query = new URLSearchParams({ "filter[is-read]": "false", "page[size]": "1", "fields[notification]": "is-read" });
  const document = await request<{ meta: { count: number } }>(`/v1/users/${userId}/notifications?${query}`);
  return document.meta.count;
}

export async function setNotificationRead(id: string, isRead: boolean): Promise<void> {
  await request(`/v1/notifications/${encodeURIComponent(id)}`, {
    method: "PATCH",
    body: JSON.stringify({ data: { type: "notification", id, attributes: { "is-read": isRead } } }),
  });
}

export async function markAllNotificationsRead(): Promise<void> {
  await request("/v1/notifications/mark-all-read", { method: "POST" });
}

const TIME = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

/** The reader's local time: a notification is about when it reached them, not an event's zone. */
export function formatReceivedAt(iso: string): string {
  return TIME.format(new Date(iso));
}
