import type { Metadata } from "next";
import { NotificationsList } from "@/components/notifications/notifications-list";
import { requireSessionActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const actor = await requireSessionActor("/notifications");
  return <NotificationsList userId={actor.id} />;
}
