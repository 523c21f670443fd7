"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { isAppPage } from "@/components/ui/app-link";
import { unescapeHtml } from "@/lib/mail/html";
import {
  fetchNotifications,
  fetchUnreadCount,
  formatReceivedAt,
  markAllNotificationsRead,
  notificationKeys,
  setNotificationRead,
  type NotificationItem,
} from "./api";
import { UnreadDot } from "./unread-dot";

const LATEST = 5;
/** Often enough that a new proposal shows up while the organizer looks at the page. */
const POLL_MS = 15_000;

function menuItems(menu: HTMLElement | null): HTMLElement[] {
  return [...(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([disabled])') ?? [])];
}

/** Focus wraps around at both ends, as the menu pattern suggests. */
function focusMenuItem(menu: HTMLElement | null, index: number): void {
  const list = menuItems(menu);
  if (list.length) list[(index + list.length) % list.length]?.focus();
}

/**
 * The header bell: unread count (polled, and refetched when the window regains focus), and a
 * menu of the latest notifications following the WAI-ARIA menu button pattern (arrow keys,
 * Home/End, Escape returns focus to the button).
 */
export function NotificationBell({ userId }: { userId: number }) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const router = useRouter();
  const queryClient = useQueryClient();

  const unread = useQuery({
    queryKey: notificationKeys.unread(userId),
    queryFn: () => fetchUnreadCount(userId),
    refetchInterval: POLL_MS,
    refetchOnWindowFocus: true,
    staleTime: 0,
  });
  const latest = useQuery({
    queryKey: notificationKeys.page(userId, 1, LATEST),
    queryFn: () => fetchNotifications(userId, 1, LATEST),
    enabled: open,
    staleTime: 0,
  });

  const refresh = () => queryClient.invalidateQueries({ queryKey: notificationKeys.all });
  const markRead = useMutation({ mutationFn: (id: string) => setNotificationRead(id, true), onSettled: refresh });
  const markAll = useMutation({ mutationFn: markAllNotificationsRead, onSettled: refresh });

  // A click outside closes the menu, as with any menu.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  const items = () => menuItems(menuRef.current);
  const focusItem = (index: number) => focusMenuItem(menuRef.current, index);

  // Focus moves into the menu once its items have loaded, to the newest notification. (Before
  // that only the footer's items exist; focusing one of them would keep focus there.)
  useEffect(() => {
    if (open && !latest.isPending) focusMenuItem(menuRef.current, 0);
  }, [open, latest.isPending]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const list = items();
    const current = list.indexOf(document.activeElement as HTMLElement);
    if (event.key === "ArrowDown") focusItem(current + 1);
    else if (event.key === "ArrowUp") focusItem(current - 1);
    else if (event.key === "Home") focusItem(0);
    else if (event.key === "End") focusItem(list.length - 1);
    else if (event.key === "Escape") close();
    else if (event.key === "Tab") setOpen(false);
    else return;
    event.preventDefault();
  };

  const onButtonKeyDown = (event: KeyboardEvent) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
    }
  };

  const openItem = async (item: NotificationItem) => {
    setOpen(false);
    if (!item.isRead) await markRead.mutateAsync(item.id).catch(() => undefined);
    // A download or API URL is no page for the router: the browser opens it itself.
    if (item.link && isAppPage(item.link)) router.push(item.link);
    else if (item.link) window.location.assign(item.link);
  };

  const count = unread.data ?? 0;
  const label = count ? `Notifications, ${count} unread` : "Notifications";

  return (
    <div className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={onButtonKeyDown}
        className="relative inline-flex size-9 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
        {count > 0 && (
          <span data-testid="notification-count" aria-hidden="true" className="absolute -right-0.5 -top-0.5 min-w-5 rounded-full bg-red-600 px-1 text-center text-xs font-semibold leading-5 text-white">
            {count > 99 ? "99+" : count}
          </span>
        )}
      </button>
      {open && (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label="Latest notifications"
          onKeyDown={onMenuKeyDown}
          className="absolute right-0 z-40 mt-2 w-80 overflow-hidden rounded-lg border border-slate-200 bg-white text-sm shadow-lg"
        >
          {latest.isPending ? (
            <p className="px-4 py-3 text-slate-500">Loading…</p>
          ) : latest.isError ? (
            <p className="px-4 py-3 text-red-700">Notifications could not be loaded.</p>
          ) : latest.data.items.length === 0 ? (
            <p className="px-4 py-3 text-slate-500">No notifications yet.</p>
          ) : (
            <ul role="none" className="max-h-96 divide-y divide-slate-100 overflow-y-auto">
              {latest.data.items.map((item) => (
                <li role="none" key={item.id}>
                  <button
                    type="button"
                    role="menuitem"
                    tabIndex={-1}
                    onClick={() => void openItem(item)}
                    className={`block w-full px-4 py-3 text-left hover:bg-slate-50 focus:bg-slate-100 focus:outline-none ${item.isRead ? "text-slate-600" : "bg-brand-50/40 text-slate-900"}`}
                  >
                    <span className="flex items-center gap-2 font-medium">
                      {!item.isRead && <UnreadDot />}
                      {item.title}
                    </span>
                    {/* Stored as escaped HTML (see lib/notifications/catalogue.tsx); shown as text. */}
                    <span className="mt-0.5 line-clamp-2 block text-slate-600">{unescapeHtml(item.message)}</span>
                    <span className="mt-1 block text-xs text-slate-500">{formatReceivedAt(item.receivedAt)}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div className="flex items-center justify-between gap-2 border-t border-slate-200 px-2 py-2">
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              disabled={count === 0 || markAll.isPending}
              onClick={() => markAll.mutate()}
              className="rounded px-2 py-1 font-medium text-brand-700 hover:bg-slate-100 focus:bg-slate-100 focus:outline-none disabled:text-slate-400"
            >
              Mark all read
            </button>
            <Link
              href="/notifications"
              role="menuitem"
              tabIndex={-1}
              onClick={() => setOpen(false)}
              className="rounded px-2 py-1 font-medium text-brand-700 hover:bg-slate-100 focus:bg-slate-100 focus:outline-none"
            >
              See all
            </Link>
          </div>
        </div>
      )}
    </div>
  );
}
