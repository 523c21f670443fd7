import { describe, expect, it } from "vitest";
import { conflictingSessionIds, conflictsOfPlacement, findConflicts, type ConflictInput } from "./conflicts";

const at = (time: string) => new Date(`2031-03-05T${time}:00Z`);

function session(id: number, from: string | null, to: string | null, room: number | null, speakers: number[] = []): ConflictInput {
  return { id, startsAt: from ? at(from) : null, endsAt: to ? at(to) : null, microlocationId: room, speakerIds: speakers };
}

describe("findConflicts", () => {
  it("finds two sessions overlapping in one room, with the overlapping stretch", () => {
    expect(findConflicts([session(2, "10:15", "11:00", 1), session(1, "10:00", "10:30", 1)])).toEqual([
      { kind: "room", microlocationId: 1, sessionIds: [1, 2], startsAt: at("10:15"), endsAt: at("10:30") },
    ]);
  });

  it("does not count back-to-back sessions, other rooms, or unscheduled sessions", () => {
    expect(
      findConflicts([
        session(1, "10:00", "10:30", 1),
        session(2, "10:30", "11:00", 1),
        session(3, "10:00", "11:00", 2),
        session(4, null, null, 1),
        session(5, "10:00", null, 1),
        session(6, "10:00", "11:00", null),
      ]),
    ).toEqual([]);
  });

  it("finds a speaker in two overlapping sessions in different rooms", () => {
    expect(findConflicts([session(1, "09:00", "10:00", 1, [7, 8]), session(2, "09:30", "10:30", 2, [8, 9])])).toEqual([
      { kind: "speaker", speakerId: 8, sessionIds: [1, 2], startsAt: at("09:30"), endsAt: at("10:00") },
    ]);
  });

  it("reports both kinds for the same pair, room first, and every pair of three overlapping sessions", () => {
    const conflicts = findConflicts([
      session(1, "09:00", "12:00", 1, [5]),
      session(2, "09:30", "10:00", 1, [5]),
      session(3, "11:00", "11:30", 1),
    ]);
    expect(conflicts).toEqual([
      { kind: "room", microlocationId: 1, sessionIds: [1, 2], startsAt: at("09:30"), endsAt: at("10:00") },
      { kind: "room", microlocationId: 1, sessionIds: [1, 3], startsAt: at("11:00"), endsAt: at("11:30") },
      { kind: "speaker", speakerId: 5, sessionIds: [1, 2], startsAt: at("09:30"), endsAt: at("10:00") },
    ]);
    expect([...conflictingSessionIds(conflicts)].sort()).toEqual([1, 2, 3]);
  });

  it("counts a speaker listed twice on one session once", () => {
    expect(findConflicts([session(1, "09:00", "10:00", 1, [5, 5])])).toEqual([]);
  });

  it("keeps sweeping past a short session to a later overlap with a long one", () => {
    const conflicts = findConflicts([
      session(1, "09:00", "13:00", 1),
      session(2, "09:00", "09:15", 1),
      session(3, "12:00", "12:30", 1),
    ]);
    expect(conflicts.map((conflict) => conflict.sessionIds)).toEqual([
      [1, 2],
      [1, 3],
    ]);
  });
});

describe("conflictsOfPlacement", () => {
  it("checks a session's new place against the others, ignoring where it is now", () => {
    const sessions = [session(1, "09:00", "10:00", 1, [5]), session(2, "09:00", "10:00", 2), session(3, null, null, null, [5])];
    // Session 1 moved onto session 2's slot: a room conflict with 2, none with its old place.
    expect(conflictsOfPlacement(sessions, session(1, "09:30", "10:30", 2, [5]))).toEqual([
      { kind: "room", microlocationId: 2, sessionIds: [2, 1], startsAt: at("09:30"), endsAt: at("10:00") },
    ]);
    // Session 3 placed at the same time as its speaker's other session.
    expect(conflictsOfPlacement(sessions, session(3, "09:45", "10:15", 3, [5]))).toEqual([
      { kind: "speaker", speakerId: 5, sessionIds: [1, 3], startsAt: at("09:45"), endsAt: at("10:00") },
    ]);
    expect(conflictsOfPlacement(sessions, session(3, "10:00", "10:30", 1, [5]))).toEqual([]);
  });
});
