import type { ReactNode } from "react";
import { EventNav } from "@/components/dashboard/event-nav";

/**
 * Every page of one event's dashboard shares its sub-navigation. The layout loads nothing:
 * each page authorises and loads its own data (layouts are not re-run on every navigation, so
 * they cannot be the access check), and a page that answers 404 replaces this layout too.
 */
export default async function EventDashboardLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ eventId: string }>;
}) {
  const { eventId } = await params;
  return (
    <div className="space-y-6">
      <EventNav eventId={eventId} />
      {children}
    </div>
  );
}
