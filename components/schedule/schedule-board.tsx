"use client";

import { useMemo, useState } from "react";
import { useFocusAfterRender } from "@/components/event-setup/use-focus-after-render";
import { conflictingSessionIds, findConflicts } from "@/lib/schedule/conflicts";
import type { Schedule } from "@/lib/schedule/get-schedule";
import { dayOf, eventDays } from "@/lib/schedule/grid";
import { ConflictList } from "./conflict-list";
import { DayTabs } from "./day-tabs";
import { ScheduleDialog } from "./schedule-dialog";
import { ScheduleGrid } from "./schedule-grid";
import { blockId, isPlaced, toConflictInput } from "./placement";
import { UnscheduledList } from "./unscheduled-list";

/**
 * The schedule: conflicts first (what needs fixing), then the day tabs with the rooms × time
 * grid, then the sessions still waiting for a place. Every placement goes through one dialog,
 * opened from a grid block or from the unscheduled list, so it all works with the keyboard.
 */
export function ScheduleBoard({ schedule }: { schedule: Schedule }) {
  const { event, rooms, sessions } = schedule;
  const zone = event.timezone;
  const days = useMemo(() => eventDays(event.startsAt, event.endsAt, zone), [event.startsAt, event.endsAt, zone]);
  const [day, setDay] = useState(days[0] ?? "");
  const [editing, setEditing] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const focusLater = useFocusAfterRender();

  const roomIds = useMemo(() => new Set(rooms.map((room) => room.id)), [rooms]);
  const conflicts = useMemo(() => findConflicts(sessions.map(toConflictInput)), [sessions]);
  const conflicted = useMemo(() => conflictingSessionIds(conflicts), [conflicts]);
  const unscheduled = sessions.filter((session) => !isPlaced(session, roomIds));
  const editingSession = sessions.find((session) => session.id === editing);

  const show = (sessionId: number) => {
    const session = sessions.find((item) => item.id === sessionId);
    if (!session?.startsAt) return;
    setDay(dayOf(session.startsAt, zone));
    focusLater(blockId(sessionId));
  };

  return (
    <div className="space-y-6">
      <p aria-live="polite" role="status" className="text-sm text-slate-700 empty:hidden">
        {announcement}
      </p>
      {conflicts.length ? <ConflictList schedule={schedule} conflicts={conflicts} onShow={show} /> : null}

      <section aria-labelledby="schedule-grid-heading" className="space-y-3">
        <h2 id="schedule-grid-heading" className="text-lg font-semibold">
          Rooms and times
        </h2>
        {days.length ? (
          <DayTabs days={days} zone={zone} selected={day} onSelect={setDay}>
            <ScheduleGrid
              schedule={schedule}
              day={day}
              conflicted={conflicted}
              onOpen={(id) => setEditing(id)}
            />
          </DayTabs>
        ) : null}
      </section>

      <UnscheduledList schedule={schedule} sessions={unscheduled} roomIds={roomIds} onOpen={(id) => setEditing(id)} />

      {editingSession ? (
        <ScheduleDialog
          key={editingSession.id}
          schedule={schedule}
          session={editingSession}
          day={day}
          onClose={() => {
            setEditing(null);
            // Back to where the organizer was: the block, or the list's button.
            focusLater(isPlaced(editingSession, roomIds) ? blockId(editingSession.id) : `schedule-open-${editingSession.id}`);
          }}
          onDone={(message, placedOn) => {
            setEditing(null);
            setAnnouncement(message);
            if (placedOn) {
              setDay(placedOn);
              focusLater(blockId(editingSession.id));
            }
          }}
        />
      ) : null}
    </div>
  );
}
