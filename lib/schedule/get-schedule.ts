import type { Actor } from "../auth/actor";
import { db } from "../db";
import { getEvent } from "../events/get-event";
import type { SessionState } from "../sessions/states";
import { lengthMinutes } from "./grid";

/**
 * The schedule page's data: the event, its rooms (columns), tracks (colours), session types
 * (default lengths) and the sessions that take part in scheduling, with their speakers — in a
 * fixed number of queries. Only those who may change the event's content (`content.manage`)
 * get it; anyone else gets NOT_FOUND, like every other dashboard page.
 */

/**
 * Sessions that can still take place. Rejected, withdrawn and canceled ones keep no room, so
 * they are neither shown nor counted in conflicts.
 */
export const SCHEDULABLE_STATES = ["draft", "pending", "accepted", "confirmed"] as const satisfies readonly SessionState[];

export interface ScheduleRoom {
  id: number;
  name: string;
}

export interface ScheduleTrack {
  id: number;
  name: string;
  color: string;
}

export interface ScheduleSessionType {
  id: number;
  name: string;
  /** The type's default length in minutes (null when its length is not usable). */
  minutes: number | null;
}

export interface ScheduleSession {
  id: number;
  title: string;
  state: SessionState;
  startsAt: Date | null;
  endsAt: Date | null;
  microlocationId: number | null;
  trackId: number | null;
  sessionTypeId: number | null;
  speakers: { id: number; name: string }[];
}

export interface Schedule {
  event: { id: number; identifier: string; name: string; timezone: string; startsAt: Date; endsAt: Date };
  rooms: ScheduleRoom[];
  tracks: ScheduleTrack[];
  sessionTypes: ScheduleSessionType[];
  sessions: ScheduleSession[];
}

const ORDER = [{ position: "asc" as const }, { id: "asc" as const }];

export async function getSchedule(actor: Actor, idOrIdentifier: string | number): Promise<Schedule> {
  const event = await getEvent(actor, idOrIdentifier, "content.manage");
  const where = { eventId: event.id, deletedAt: null };
  const [rooms, tracks, sessionTypes, sessions] = await Promise.all([
    db.microlocation.findMany({ where, orderBy: ORDER, select: { id: true, name: true, hiddenInScheduler: true } }),
    db.track.findMany({ where, orderBy: ORDER, select: { id: true, name: true, color: true } }),
    db.sessionType.findMany({ where, orderBy: ORDER, select: { id: true, name: true, length: true } }),
    db.session.findMany({
      where: { ...where, state: { in: [...SCHEDULABLE_STATES] } },
      orderBy: [{ startsAt: { sort: "asc", nulls: "last" } }, { title: "asc" }, { id: "asc" }],
      select: {
        id: true,
        title: true,
        state: true,
        startsAt: true,
        endsAt: true,
        microlocationId: true,
        trackId: true,
        sessionTypeId: true,
        speakers: {
          where: { speaker: { deletedAt: null } },
          orderBy: [{ speaker: { name: "asc" } }, { speakerId: "asc" }],
          select: { speaker: { select: { id: true, name: true } } },
        },
      },
    }),
  ]);
  // Rooms hidden in the scheduler stay hidden unless sessions are already placed in them
  // (their sessions would otherwise vanish from the grid and from conflict checks on screen).
  const usedRooms = new Set(sessions.map((session) => session.microlocationId));
  return {
    event: {
      id: event.id,
      identifier: event.identifier,
      name: event.name,
      timezone: event.timezone,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
    },
    rooms: rooms.filter((room) => !room.hiddenInScheduler || usedRooms.has(room.id)).map(({ id, name }) => ({ id, name })),
    tracks,
    sessionTypes: sessionTypes.map(({ id, name, length }) => ({ id, name, minutes: lengthMinutes(length) })),
    sessions: sessions.map(({ speakers, ...session }) => ({ ...session, speakers: speakers.map((row) => row.speaker) })),
  };
}
