"use client";

import { SessionStateBadge } from "@/components/sessions/state-badge";
import { Button } from "@/components/ui/button";
import type { Schedule, ScheduleSession } from "@/lib/schedule/get-schedule";

/** Sessions without a time or a room (or in a room no longer shown), each with a way onto the grid. */
export function UnscheduledList({
  schedule,
  sessions,
  roomIds,
  onOpen,
}: {
  schedule: Schedule;
  sessions: ScheduleSession[];
  roomIds: ReadonlySet<number>;
  onOpen: (sessionId: number) => void;
}) {
  const types = new Map(schedule.sessionTypes.map((type) => [type.id, type]));
  const tracks = new Map(schedule.tracks.map((track) => [track.id, track]));
  const why = (session: ScheduleSession) => {
    if (session.startsAt && session.microlocationId === null) return "Has a time but no room";
    if (session.microlocationId !== null && !roomIds.has(session.microlocationId)) return "In a room hidden from the scheduler";
    return null;
  };
  return (
    <section aria-labelledby="unscheduled-heading" className="space-y-3">
      <h2 id="unscheduled-heading" className="text-lg font-semibold">
        Unscheduled ({sessions.length})
      </h2>
      {sessions.length ? (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {sessions.map((session) => {
            const type = session.sessionTypeId === null ? undefined : types.get(session.sessionTypeId);
            const track = session.trackId === null ? undefined : tracks.get(session.trackId);
            const note = why(session);
            return (
              <li key={session.id} className="flex flex-wrap items-center gap-3 px-4 py-3">
                <span
                  aria-hidden="true"
                  className="size-3 shrink-0 rounded-full border border-slate-300"
                  style={track ? { backgroundColor: track.color } : undefined}
                />
                <div className="min-w-0 flex-1 space-y-0.5">
                  <p className="font-medium text-slate-900">{session.title}</p>
                  <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600">
                    <SessionStateBadge state={session.state} />
                    {type ? <span>{type.name}{type.minutes ? ` · ${type.minutes} min` : ""}</span> : null}
                    {track ? <span>{track.name}</span> : null}
                    {session.speakers.length ? <span>{session.speakers.map((speaker) => speaker.name).join(", ")}</span> : null}
                    {note ? <span className="text-amber-800">{note}</span> : null}
                  </p>
                </div>
                <Button
                  id={`schedule-open-${session.id}`}
                  variant="secondary"
                  className="px-3 py-1.5"
                  disabled={!schedule.rooms.length}
                  aria-label={`Schedule “${session.title}”`}
                  onClick={() => onOpen(session.id)}
                >
                  Schedule
                </Button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="text-sm text-slate-500">Every session has a room and a time.</p>
      )}
    </section>
  );
}
