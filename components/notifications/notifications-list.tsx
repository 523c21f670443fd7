"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { AppLink } from "@/components/ui/app-link";
import { Button } from "@/components/ui/button";
import { unescapeHtml } from "@/lib/mail/html";
import { lastPage } from "@/lib/pagination";
import { fetchNotifications, formatReceivedAt, markAllNotificationsRead, notificationKeys, setNotificationRead } from "./api";
import { UnreadDot } from "./unread-dot";

const PAGE_SIZE = 20;

/** The full list with read/unread per item and "Mark all read"; shares its cache with the bell. */
export function NotificationsList({ userId }: { userId: number }) {
  const [page, setPage] = useState(1);
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: notificationKeys.page(userId, page, PAGE_SIZE),
    queryFn: () => fetchNotifications(userId, page, PAGE_SIZE),
    refetchOnWindowFocus: true,
    staleTime: 0,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: notificationKeys.all });
  const toggle = useMutation({
    mutationFn: ({ id, isRead }: { id: string; isRead: boolean }) => setNotificationRead(id, isRead),
    onSettled: refresh,
  });
  const markAll = useMutation({ mutationFn: markAllNotificationsRead, onSettled: refresh });

  const pages = list.data ? lastPage(list.data.count, PAGE_SIZE) : 1;
  const anyUnread = list.data?.items.some((item) => !item.isRead) ?? false;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Notifications</h1>
        <Button variant="secondary" disabled={!anyUnread || markAll.isPending} onClick={() => markAll.mutate()}>
          Mark all read
        </Button>
      </div>
      {list.isPending ? (
        <p className="text-slate-500">Loading…</p>
      ) : list.isError ? (
        <p role="alert" className="text-red-700">
          Notifications could not be loaded.
        </p>
      ) : list.data.items.length === 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center text-slate-600">
          No notifications yet. New session proposals, invitations and exports show up here.
        </div>
      ) : (
        <ul aria-label="Notifications" className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
          {list.data.items.map((item) => (
            <li key={item.id} className={`flex items-start gap-4 p-4 ${item.isRead ? "" : "bg-brand-50/40"}`}>
              <div className="min-w-0 flex-1 space-y-1">
                <p className="flex items-center gap-2 font-medium text-slate-900">
                  {!item.isRead && <UnreadDot />}
                  {item.link ? (
                    // Export notifications link to the file itself: never prefetched (see AppLink).
                    <AppLink
                      href={item.link}
                      className="hover:underline"
                      onClick={() => {
                        if (!item.isRead) toggle.mutate({ id: item.id, isRead: true });
                      }}
                    >
                      {item.title}
                    </AppLink>
                  ) : (
                    item.title
                  )}
                </p>
                {/* Stored as escaped HTML (see lib/notifications/actions.ts); shown as text. */}
                <p className="text-sm text-slate-700">{unescapeHtml(item.message)}</p>
                <p className="text-xs text-slate-500">{formatReceivedAt(item.receivedAt)}</p>
              </div>
              <Button variant="ghost" className="shrink-0 px-3" onClick={() => toggle.mutate({ id: item.id, isRead: !item.isRead })}>
                {item.isRead ? "Mark unread" : "Mark read"}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {pages > 1 && (
        <nav aria-label="Pages" className="flex items-center justify-between gap-3 text-sm">
          <Button variant="secondary" disabled={page <= 1} onClick={() => setPage((n) => n - 1)}>
            Previous
          </Button>
          <span className="text-slate-600">
            Page {page} of {pages}
          </span>
          <Button variant="secondary" disabled={page >= pages} onClick={() => setPage((n) => n + 1)}>
            Next
          </Button>
        </nav>
      )}
    </div>
  );
}
