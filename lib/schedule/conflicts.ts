/**
 * Schedule conflicts, as a pure function of the sessions' times, rooms and speakers (no I/O),
 * so the schedule page, the scheduling dialog (checking an assignment before it is saved) and
 * tests all use the same rule.
 *
 * Two sessions overlap when one starts before the other ends; back-to-back sessions (one ends
 * at 10:00, the next starts at 10:00) do not. Sessions without both times are not on the
 * schedule and cannot conflict.
 */

export interface ConflictInput {
  id: number;
  startsAt: Date | null;
  endsAt: Date | null;
  microlocationId: number | null;
  speakerIds: readonly number[];
}

interface ConflictBase {
  /** The two sessions, earlier start first (ties by id), so each pair is reported once. */
  sessionIds: [number, number];
  /** The overlapping stretch of time. */
  startsAt: Date;
  endsAt: Date;
}

export type Conflict =
  | (ConflictBase & { kind: "room"; microlocationId: number })
  | (ConflictBase & { kind: "speaker"; speakerId: number });

type Timed = ConflictInput & { startsAt: Date; endsAt: Date };

const isTimed = (session: ConflictInput): session is Timed =>
  session.startsAt !== null && session.endsAt !== null && session.endsAt > session.startsAt;

const byStart = (a: Timed, b: Timed) => a.startsAt.getTime() - b.startsAt.getTime() || a.id - b.id;

/**
 * Overlapping pairs within one group: sorted by start, each session is compared only with
 * those starting before it ends (a sweep, not all pairs), so a full day stays cheap.
 */
function overlaps(group: Timed[], found: (a: Timed, b: Timed, startsAt: Date, endsAt: Date) => void): void {
  const sorted = [...group].sort(byStart);
  for (let i = 0; i < sorted.length; i += 1) {
    const a = sorted[i] as Timed;
    for (let j = i + 1; j < sorted.length; j += 1) {
      const b = sorted[j] as Timed;
      if (b.startsAt >= a.endsAt) break;
      const endsAt = a.endsAt < b.endsAt ? a.endsAt : b.endsAt;
      found(a, b, b.startsAt, endsAt);
    }
  }
}

function groupBy(sessions: Timed[], keys: (session: Timed) => readonly number[]): Map<number, Timed[]> {
  const groups = new Map<number, Timed[]>();
  for (const session of sessions) {
    // A speaker listed twice on one session is still one person in one place.
    for (const key of new Set(keys(session))) {
      const group = groups.get(key);
      if (group) group.push(session);
      else groups.set(key, [session]);
    }
  }
  return groups;
}

/** Every room and speaker conflict among `sessions`: room conflicts first, then by time. */
export function findConflicts(sessions: readonly ConflictInput[]): Conflict[] {
  const timed = sessions.filter(isTimed);
  const conflicts: Conflict[] = [];
  const rooms = groupBy(timed, (session) => (session.microlocationId === null ? [] : [session.microlocationId]));
  for (const [microlocationId, group] of rooms) {
    overlaps(group, (a, b, startsAt, endsAt) =>
      conflicts.push({ kind: "room", microlocationId, sessionIds: [a.id, b.id], startsAt, endsAt }),
    );
  }
  const speakers = groupBy(timed, (session) => session.speakerIds);
  for (const [speakerId, group] of speakers) {
    overlaps(group, (a, b, startsAt, endsAt) =>
      conflicts.push({ kind: "speaker", speakerId, sessionIds: [a.id, b.id], startsAt, endsAt }),
    );
  }
  const rank = (conflict: Conflict) => (conflict.kind === "room" ? 0 : 1);
  return conflicts.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      a.startsAt.getTime() - b.startsAt.getTime() ||
      a.sessionIds[0] - b.sessionIds[0] ||
      a.sessionIds[1] - b.sessionIds[1] ||
      (a.kind === "room" && b.kind === "room" ? a.microlocationId - b.microlocationId : 0) ||
      (a.kind === "speaker" && b.kind === "speaker" ? a.speakerId - b.speakerId : 0),
  );
}

/**
 * The conflicts one session would have if it were placed as `candidate` (the scheduling dialog
 * warns with these before saving); the session's stored placement is replaced, not counted.
 */
export function conflictsOfPlacement(sessions: readonly ConflictInput[], candidate: ConflictInput): Conflict[] {
  const others = sessions.filter((session) => session.id !== candidate.id);
  return findConflicts([...others, candidate]).filter((conflict) => conflict.sessionIds.includes(candidate.id));
}

/** Ids of the sessions that are part of any conflict (outlined in red on the grid). */
export function conflictingSessionIds(conflicts: readonly Conflict[]): Set<number> {
  return new Set(conflicts.flatMap((conflict) => conflict.sessionIds));
}
