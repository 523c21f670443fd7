import type { Actor } from "../auth/actor";
import { db, type Tx } from "../db";
import { notFound } from "../errors";
import { getEvent } from "../events/get-event";
import { DocumentValidationError, type Issue } from "../jsonapi/errors";
import { loadEventSetup, type EventSetup } from "./load";
import { eventSetupSchema, SETUP_LISTS, type EventSetupData, type EventSetupInput, type SetupList } from "./schemas";

/**
 * Saves the "Sessions & speakers" setup of an event: the full desired lists of tracks, rooms
 * and session types, in display order. Entries with an id update that row, entries without
 * one are created, and live rows missing from a list are soft-deleted — all in ONE
 * transaction, so a save is applied completely or not at all.
 *
 * Refused (nothing changes), each problem pointing at its entry (`/tracks/2/name`):
 * - anything the shared schema rejects (ZodError; the transaction never starts);
 * - an id that is not a live row of this event's list (`/tracks/2/id`);
 * - removing a row that non-deleted sessions still use (`/microlocations`, "Room 'Hall A' is
 *   used by 3 sessions"), because sessions would silently lose their room or track.
 *
 * Authorised with `content.manage`; anyone else gets NOT_FOUND.
 */
export async function saveEventSetup(
  actor: Actor,
  idOrIdentifier: string | number,
  input: EventSetupInput,
): Promise<EventSetup> {
  const event = await getEvent(actor, idOrIdentifier, "content.manage");
  const data = eventSetupSchema.parse(input);
  return db.$transaction((tx) => applySetup(tx, event.id, data), TRANSACTION_OPTIONS);
}

/** Up to 600 rows may change in one save; the default 5 s is too tight for slow CI disks. */
const TRANSACTION_OPTIONS = { timeout: 30_000, maxWait: 10_000 };

/** The database table behind each list (for the row locks below). */
const TABLES: Record<SetupList, string> = {
  tracks: "Track",
  microlocations: "Microlocation",
  sessionTypes: "SessionType",
};
/** The Session column that references each list. */
const SESSION_COLUMNS: Record<SetupList, string> = {
  tracks: "trackId",
  microlocations: "microlocationId",
  sessionTypes: "sessionTypeId",
};
const LISTS = Object.keys(SETUP_LISTS) as SetupList[];

type Current = { id: number; name: string };

async function applySetup(tx: Tx, eventId: number, data: EventSetupData): Promise<EventSetup> {
  // Concurrent saves of one event are serialised on the event row; otherwise two browsers
  // could each create "Hall A" or each pass the in-use check against the other's state.
  const locked = await tx.$queryRaw<{ id: number }[]>`
    SELECT id FROM "Event" WHERE id = ${eventId} AND "deletedAt" IS NULL FOR UPDATE`;
  if (!locked.length) throw notFound("Event");

  const current = await loadEventSetup(tx, eventId);
  const issues: Issue[] = [];
  const removed = {} as Record<SetupList, Current[]>;
  for (const list of LISTS) {
    const live = new Map<number, Current>(current[list].map((row) => [row.id, row]));
    data[list].forEach((item, index) => {
      if (item.id !== undefined && !live.has(item.id)) {
        issues.push({ field: [list, index, "id"], detail: `This ${SETUP_LISTS[list].singular} does not belong to the event` });
      }
    });
    const kept = new Set(data[list].map((item) => item.id));
    removed[list] = [...live.values()].filter((row) => !kept.has(row.id));
  }
  issues.push(...(await usageIssues(tx, removed)));
  if (issues.length) throw new DocumentValidationError(issues);

  const now = new Date();
  const position = (index: number) => index + 1; // 1-based like the seed data.

  const deleted = (list: SetupList) => removed[list].map((row) => row.id);
  if (deleted("tracks").length) {
    await tx.track.updateMany({ where: { id: { in: deleted("tracks") } }, data: { deletedAt: now } });
  }
  if (deleted("microlocations").length) {
    await tx.microlocation.updateMany({ where: { id: { in: deleted("microlocations") } }, data: { deletedAt: now } });
  }
  if (deleted("sessionTypes").length) {
    await tx.sessionType.updateMany({ where: { id: { in: deleted("sessionTypes") } }, data: { deletedAt: now } });
  }

  // Only rows whose values or position changed are written, so a save touches what changed.
  const tracks = new Map(current.tracks.map((row) => [row.id, row]));
  const newTracks: { eventId: number; name: string; color: string; description: string | null; position: number }[] = [];
  for (const [index, item] of data.tracks.entries()) {
    const values = { name: item.name, color: item.color, description: item.description, position: position(index) };
    const before = item.id === undefined ? undefined : tracks.get(item.id);
    if (!before) newTracks.push({ eventId, ...values });
    else if (changed(before, values)) await tx.track.update({ where: { id: before.id }, data: values });
  }
  if (newTracks.length) await tx.track.createMany({ data: newTracks });

  const rooms = new Map(current.microlocations.map((row) => [row.id, row]));
  const newRooms: { eventId: number; name: string; floor: number | null; room: string | null; position: number }[] = [];
  for (const [index, item] of data.microlocations.entries()) {
    const values = { name: item.name, floor: item.floor, room: item.room, position: position(index) };
    const before = item.id === undefined ? undefined : rooms.get(item.id);
    if (!before) newRooms.push({ eventId, ...values });
    else if (changed(before, values)) await tx.microlocation.update({ where: { id: before.id }, data: values });
  }
  if (newRooms.length) await tx.microlocation.createMany({ data: newRooms });

  const types = new Map(current.sessionTypes.map((row) => [row.id, row]));
  const newTypes: { eventId: number; name: string; length: string; position: number }[] = [];
  for (const [index, item] of data.sessionTypes.entries()) {
    const values = { name: item.name, length: item.length, position: position(index) };
    const before = item.id === undefined ? undefined : types.get(item.id);
    if (!before) newTypes.push({ eventId, ...values });
    else if (changed(before, values)) await tx.sessionType.update({ where: { id: before.id }, data: values });
  }
  if (newTypes.length) await tx.sessionType.createMany({ data: newTypes });

  return loadEventSetup(tx, eventId);
}

function changed<T extends object>(before: T, values: Partial<T>): boolean {
  return (Object.keys(values) as (keyof T)[]).some((key) => before[key] !== values[key]);
}

/**
 * Rows about to be removed that live sessions still use. The rows are locked FOR UPDATE
 * first: a concurrent insert or update of a session that references one takes a KEY SHARE
 * lock on it, which conflicts, so no session can start using a row between this count and
 * the commit (and sessions being written right now are committed before the count runs).
 */
async function usageIssues(tx: Tx, removed: Record<SetupList, Current[]>): Promise<Issue[]> {
  const ids = (list: SetupList) => removed[list].map((row) => row.id);
  if (!LISTS.some((list) => ids(list).length)) return [];
  for (const list of LISTS) {
    if (!ids(list).length) continue;
    // Table names come from the constant map above, never from input.
    await tx.$queryRawUnsafe(`SELECT id FROM "${TABLES[list]}" WHERE id = ANY($1::int[]) FOR UPDATE`, ids(list));
  }
  const counts = await tx.$queryRawUnsafe<{ list: SetupList; id: number; sessions: number }[]>(
    LISTS.map(
      (list, i) =>
        `SELECT '${list}' AS list, "${SESSION_COLUMNS[list]}" AS id, count(*)::int AS sessions FROM "Session"
         WHERE "deletedAt" IS NULL AND "${SESSION_COLUMNS[list]}" = ANY($${i + 1}::int[]) GROUP BY "${SESSION_COLUMNS[list]}"`,
    ).join(" UNION ALL "),
    ...LISTS.map(ids),
  );
  const used = new Map(counts.map((row) => [`${row.list}:${row.id}`, row.sessions]));
  return LISTS.flatMap((list) =>
    removed[list].flatMap((row) => {
      const sessions = used.get(`${list}:${row.id}`);
      if (!sessions) return [];
      return [
        {
          field: list,
          detail: `${SETUP_LISTS[list].label} '${row.name}' is used by ${sessions} ${sessions === 1 ? "session" : "sessions"}`,
        },
      ];
    }),
  );
}
