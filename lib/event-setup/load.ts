import type { Tx } from "../db";

/**
 * What the setup page shows per entry: the row in display order and how many (non-deleted)
 * sessions use it, so organizers see before deleting what the save would refuse.
 */
export interface SetupTrack {
  id: number;
  name: string;
  color: string;
  description: string | null;
  position: number;
  sessionCount: number;
}

export interface SetupMicrolocation {
  id: number;
  name: string;
  floor: number | null;
  room: string | null;
  position: number;
  sessionCount: number;
}

export interface SetupSessionType {
  id: number;
  name: string;
  length: string;
  position: number;
  sessionCount: number;
}

export interface EventSetup {
  tracks: SetupTrack[];
  microlocations: SetupMicrolocation[];
  sessionTypes: SetupSessionType[];
}

const usage = { _count: { select: { sessions: { where: { deletedAt: null } } } } } as const;
// Position first; the id breaks ties between rows created before positions were kept.
const order = [{ position: "asc" as const }, { id: "asc" as const }];

const withCount = <T extends { _count: { sessions: number } }>({ _count, ...row }: T) => ({
  ...row,
  sessionCount: _count.sessions,
});

/** The event's live tracks, rooms and session types with their usage: three queries. */
export async function loadEventSetup(client: Tx, eventId: number): Promise<EventSetup> {
  const where = { eventId, deletedAt: null };
  const [tracks, microlocations, sessionTypes] = await Promise.all([
    client.track.findMany({
      where,
      orderBy: order,
      select: { id: true, name: true, color: true, description: true, position: true, ...usage },
    }),
    client.microlocation.findMany({
      where,
      orderBy: order,
      select: { id: true, name: true, floor: true, room: true, position: true, ...usage },
    }),
    client.sessionType.findMany({
      where,
      orderBy: order,
      select: { id: true, name: true, length: true, position: true, ...usage },
    }),
  ]);
  return {
    tracks: tracks.map(withCount),
    microlocations: microlocations.map(withCount),
    sessionTypes: sessionTypes.map(withCount),
  };
}
