import type { Metadata } from "next";
import Link from "next/link";
import { EventBreadcrumb } from "@/components/dashboard/breadcrumb";
import { ScheduleBoard } from "@/components/schedule/schedule-board";
import { orNotFound } from "@/components/server/or-not-found";
import { PageHeader } from "@/components/ui/page-header";
import { requireSessionActor } from "@/lib/auth/session";
import { formatZone } from "@/lib/format/dates";
import { getSchedule } from "@/lib/schedule/get-schedule";

export const metadata: Metadata = { title: "Schedule" };

export default async function SchedulePage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  const actor = await requireSessionActor(`/events/${encodeURIComponent(eventId)}/schedule`);
  // Only those who may change the event's content schedule it; anyone else gets a 404.
  const schedule = await orNotFound(getSchedule(actor, eventId));
  const { event } = schedule;
  const key = encodeURIComponent(event.identifier);

  return (
    <div className="space-y-6">
      <EventBreadcrumb event={event} trail={[{ label: "Schedule" }]} />
      <PageHeader
        title="Schedule"
        description={
          <>
            Give sessions a room and a time. Times are in the event&rsquo;s time zone,{" "}
            <span className="font-medium">{formatZone(event.timezone, event.startsAt)}</span>. Clashes are allowed while
            you rearrange, but they are outlined in red and listed until resolved. Rejected, withdrawn and canceled sessions
            are not shown.
          </>
        }
      />
      {schedule.rooms.length === 0 ? (
        <p className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          This event has no rooms yet. Add them on the{" "}
          <Link href={`/events/${key}/setup`} className="font-medium underline">
            setup page
          </Link>{" "}
          to schedule sessions.
        </p>
      ) : null}
      <ScheduleBoard schedule={schedule} />
    </div>
  );
}
