import type { Metadata } from "next";
import Link from "next/link";
import { ScheduleBoard } from "@/components/schedule/schedule-board";
import { orNotFound } from "@/components/server/or-not-found";
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
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link href="/events" className="hover:text-slate-800 hover:underline">
          My events
        </Link>{" "}
        /{" "}
        <Link href={`/events/${key}`} className="hover:text-slate-800 hover:underline">
          {event.name}
        </Link>{" "}
        / <span aria-current="page">Schedule</span>
      </nav>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Schedule</h1>
        <p className="mt-1 text-sm text-slate-600">
          Give sessions a room and a time. Times are in the event&rsquo;s time zone,{" "}
          <span className="font-medium">{formatZone(event.timezone, event.startsAt)}</span>. Clashes are allowed while
          you rearrange, but they are outlined in red and listed until resolved. Rejected, withdrawn and canceled sessions
          are not shown.
        </p>
      </div>
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
