import type { ConflictInput } from "@/lib/schedule/conflicts";
import type { ScheduleSession } from "@/lib/schedule/get-schedule";

export const toConflictInput = (session: ScheduleSession): ConflictInput => ({
  id: session.id,
  startsAt: session.startsAt,
  endsAt: session.endsAt,
  microlocationId: session.microlocationId,
  speakerIds: session.speakers.map((speaker) => speaker.id),
});

/** A session is on the grid when it has a time and a room that is shown as a column. */
export function isPlaced(session: ScheduleSession, roomIds: ReadonlySet<number>): session is ScheduleSession & { startsAt: Date; endsAt: Date; microlocationId: number } {
  return session.startsAt !== null && session.endsAt !== null && session.microlocationId !== null && roomIds.has(session.microlocationId);
}

export const blockId = (sessionId: number) => `schedule-session-${sessionId}`;

