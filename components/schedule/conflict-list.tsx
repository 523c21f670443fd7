"use client";

import Link from "next/link";
import type { Conflict } from "@/lib/schedule/conflicts";
import type { Schedule } from "@/lib/schedule/get-schedule";
import { Button } from "@/components/ui/button";
import { formatSlot } from "./format";

/** Speaker names by id, from the sessions that list them. */
export function speakerNames(schedule: Schedule): Map<number, string> {
  return new Map(schedule.sessions.flatMap((session) => session.speakers.map((speaker) => [speaker.id, speaker.name] as const)));
}

/** "Room “Hall A”" or "Priya Raman" — what a conflict is about. */
export function conflictSubject(conflict: Conflict, schedule: Schedule, names = speakerNames(schedule)): string {
  if (conflict.kind === "room") return `Room “${schedule.rooms.find((room) => room.id === conflict.microlocationId)?.name ?? "?"}”`;
  return `Speaker ${names.get(conflict.speakerId) ?? "?"}`;
}

/**
 * Every clash on the schedule with links to both sessions (their detail pages) and a button
 * that shows the first of them on the grid.
 */
export function ConflictList({
  schedule,
  conflicts,
  onShow,
}: {
  schedule: Schedule;
  conflicts: Conflict[];
  onShow: (sessionId: number) => void;
}) {
  const titles = new Map(schedule.sessions.map((session) => [session.id, session.title]));
  const names = speakerNames(schedule);
  const key = encodeURIComponent(schedule.event.identifier);
  const sessionLink = (id: number) => (
    <Link href={`/events/${key}/sessions/${id}`} className="font-medium underline">
      {titles.get(id) ?? `Session ${id}`}
    </Link>
  );
  return (
    <section aria-labelledby="conflicts-heading" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900">
      <h2 id="conflicts-heading" className="text-base font-semibold">
        Conflicts ({conflicts.length})
      </h2>
      <ul className="mt-2 space-y-2">
        {conflicts.map((conflict) => {
          const [a, b] = conflict.sessionIds;
          const what = conflict.kind === "room" ? "are in the same room at once" : "are at the same time";
          return (
            <li key={`${conflict.kind}-${conflict.kind === "room" ? conflict.microlocationId : conflict.speakerId}-${a}-${b}`} className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <span>
                {conflictSubject(conflict, schedule, names)}: {sessionLink(a)} and {sessionLink(b)} {what} (
                {formatSlot(conflict.startsAt, conflict.endsAt, schedule.event.timezone)}).
              </span>
              <Button variant="ghost" className="px-2 py-1 text-red-900" onClick={() => onShow(a)}>
                Show on the grid<span className="sr-only">: {titles.get(a)}</span>
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
