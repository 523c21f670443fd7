import { DateTime, type Zone } from "luxon";
import type {
  ExportData,
  ExportMicrolocation,
  ExportSession,
  ExportSessionType,
  ExportSpeaker,
  ExportTrack,
} from "./types";

/** Open Event's public schedule shows accepted and confirmed sessions only. */
const PUBLIC_STATES = new Set(["accepted", "confirmed"]);

/** Used when a session has neither an end time nor a session type with a usable length. */
export const DEFAULT_SESSION_MINUTES = 30;

/** A public session's place in the schedule as instants (milliseconds since the epoch). */
export interface ScheduledSlot {
  session: ExportSession;
  startMs: number;
  /** Always after `startMs`: the stored end, else start + type length, else start + 30 min. */
  endMs: number;
  track: ExportTrack | undefined;
  room: ExportMicrolocation | undefined;
  type: ExportSessionType | undefined;
  /** Public speakers (not deleted), in the order of the join rows. */
  speakers: ExportSpeaker[];
}

/** A slot with its start and end as luxon values in the schedule's zone. */
export interface ScheduledSession extends ScheduledSlot {
  start: DateTime;
  end: DateTime;
}

function alive<T extends { deletedAt?: Date | null }>(row: T): boolean {
  return row.deletedAt == null;
}

function byId<T extends { id: number; deletedAt?: Date | null }>(rows: readonly T[]): Map<number, T> {
  const map = new Map<number, T>();
  for (const row of rows) if (alive(row)) map.set(row.id, row);
  return map;
}

/** "HH:MM" (or legacy "HH.MM") → minutes; null when unusable. */
export function lengthMinutes(length: string | null | undefined): number | null {
  const match = /^\s*(\d{1,3})[:.](\d{1,2})\s*$/.exec(length ?? "");
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes > 0 ? minutes : null;
}

export interface Lookups {
  tracks: Map<number, ExportTrack>;
  rooms: Map<number, ExportMicrolocation>;
  types: Map<number, ExportSessionType>;
  speakers: Map<number, ExportSpeaker>;
}

export function lookups(data: ExportData): Lookups {
  return {
    tracks: byId(data.tracks),
    rooms: byId(data.microlocations),
    types: byId(data.sessionTypes),
    speakers: byId(data.speakers),
  };
}

/**
 * The sessions every public schedule format shows: accepted or confirmed, not deleted, with a
 * start time; ordered by start, then id (stable across runs). Ends are resolved here once so
 * that iCal, xCal and frab agree: a missing (or non-positive) end becomes start + the session
 * type's length, else start + {@link DEFAULT_SESSION_MINUTES}.
 */
export function scheduledSlots(data: ExportData, found: Lookups = lookups(data)): ScheduledSlot[] {
  const result: ScheduledSlot[] = [];
  for (const session of data.sessions) {
    if (!alive(session) || !PUBLIC_STATES.has(session.state) || !session.startsAt) continue;
    const type = session.sessionTypeId == null ? undefined : found.types.get(session.sessionTypeId);
    const startMs = session.startsAt.getTime();
    let endMs = session.endsAt ? session.endsAt.getTime() : Number.NaN;
    if (!(endMs > startMs)) endMs = startMs + (lengthMinutes(type?.length) ?? DEFAULT_SESSION_MINUTES) * 60_000;
    const speakers: ExportSpeaker[] = [];
    for (const link of session.speakers) {
      const speaker = found.speakers.get(link.speakerId);
      if (speaker) speakers.push(speaker);
    }
    result.push({
      session,
      startMs,
      endMs,
      track: session.trackId == null ? undefined : found.tracks.get(session.trackId),
      room: session.microlocationId == null ? undefined : found.rooms.get(session.microlocationId),
      type,
      speakers,
    });
  }
  result.sort((a, b) => a.startMs - b.startMs || a.session.id - b.session.id);
  return result;
}

/** {@link scheduledSlots} with luxon start and end values in `zone`. */
export function scheduledSessions(data: ExportData, zone: string | Zone, found: Lookups = lookups(data)): ScheduledSession[] {
  return scheduledSlots(data, found).map((slot) => ({
    ...slot,
    start: DateTime.fromMillis(slot.startMs, { zone }),
    end: DateTime.fromMillis(slot.endMs, { zone }),
  }));
}

/** `https://host/path/` → `https://host/path` so that joined URLs have one slash. */
export function trimBase(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, "");
}

export function publicEventUrl(data: ExportData): string {
  return `${trimBase(data.baseUrl)}/e/${encodeURIComponent(data.event.identifier)}`;
}

/** An absolute http(s) URL for a stored URL that may be a site path (`/uploads/…`); null if unusable. */
export function absoluteHttpUrl(url: string | null | undefined, baseUrl: string): string | null {
  if (!url || !url.trim()) return null;
  try {
    const resolved = new URL(url.trim(), `${trimBase(baseUrl)}/`);
    return resolved.protocol === "http:" || resolved.protocol === "https:" ? resolved.href : null;
  } catch {
    return null;
  }
}

/**
 * The address public formats may use for people: the event's PUBLIC contact address, else a
 * non-personal no-reply address on the site's host. Never a speaker's own email (private).
 */
export function publicContactAddress(data: ExportData): string {
  const email = data.event.email?.trim();
  if (email) return email;
  let host = "localhost";
  try {
    host = new URL(data.baseUrl).hostname || host;
  } catch {
    // a malformed baseUrl still yields a syntactically valid address
  }
  return `noreply@${host}`;
}

/** Sort for rooms everywhere: position, then name, then id. */
export function compareRooms(a: ExportMicrolocation, b: ExportMicrolocation): number {
  return a.position - b.position || a.name.localeCompare(b.name, "en") || a.id - b.id;
}
