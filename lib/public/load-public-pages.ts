import { DateTime } from "luxon";
import type { ExportData, ExportSpeaker } from "../export/types";
import { lookups, scheduledSessions, type ScheduledSession } from "../export/schedule";
import { loadExportData } from "../export-jobs/load-export-data";
import { publicScheduleStamp } from "./schedule-stamp";
import { searchTextOf } from "./schedule-filters";
import { stampedCache } from "./stamped-cache";

/**
 * What the public event site shows: the schedule, a session, the speakers. Read through the
 * export loader's PUBLIC audience, the same data the live feeds render, so a page and the .ics
 * it links to can never disagree, and so that private columns (speaker email and mobile, session
 * comments) are never even loaded for these pages.
 *
 * Everything returned here is plain, serialisable, public data (ISO strings for instants), safe
 * to hand to client components.
 */

/** An event the public may see: published, public and not deleted. */
export function isPublicEvent(event: { state: string; privacy: string; deletedAt?: Date | null }): boolean {
  return event.state === "published" && event.privacy === "public" && !event.deletedAt;
}

export interface PublicSpeakerSummary {
  id: number;
  name: string;
  photoUrl: string | null;
  thumbnailImageUrl: string | null;
  iconImageUrl: string | null;
  organisation: string | null;
  position: string | null;
}

export interface PublicSpeaker extends PublicSpeakerSummary {
  /** HTML as stored; pages sanitize it. */
  shortBiography: string | null;
  longBiography: string | null;
  website: string | null;
  twitter: string | null;
  github: string | null;
  linkedin: string | null;
  city: string | null;
  country: string | null;
  isFeatured: boolean;
}

export interface PublicSessionItem {
  id: number;
  title: string;
  subtitle: string | null;
  /** ISO instants; null for an accepted session without a slot yet. */
  startsAt: string | null;
  endsAt: string | null;
  /** The start's calendar day in the event's zone ("2027-03-11"). */
  day: string | null;
  room: string | null;
  track: { name: string; color: string } | null;
  type: string | null;
  language: string | null;
  level: string | null;
  speakers: PublicSpeakerSummary[];
  /** What the schedule's search runs over (lib/public/schedule-filters.ts). */
  searchText: string;
}

export interface PublicSessionDetail extends PublicSessionItem {
  /** HTML as stored; pages sanitize it. */
  shortAbstract: string | null;
  longAbstract: string | null;
  slidesUrl: string | null;
  videoUrl: string | null;
  audioUrl: string | null;
  signupUrl: string | null;
  speakers: PublicSpeaker[];
}

export interface PublicSchedule {
  timezone: string;
  /** Scheduled sessions in start order. */
  sessions: PublicSessionItem[];
  /** Accepted sessions without a slot yet. */
  unscheduled: PublicSessionItem[];
  /** Days with sessions, in order ("2027-03-11"). */
  days: string[];
  /** The filters' choices: rooms in the organizers' order, tracks and session types with public sessions. */
  rooms: string[];
  tracks: { name: string; color: string }[];
  types: string[];
}

function speakerSummary(speaker: ExportSpeaker): PublicSpeakerSummary {
  return {
    id: speaker.id,
    name: speaker.name,
    photoUrl: speaker.photoUrl,
    thumbnailImageUrl: speaker.thumbnailImageUrl ?? null,
    iconImageUrl: speaker.iconImageUrl ?? null,
    organisation: speaker.organisation,
    position: speaker.position,
  };
}

// Field by field, never a spread: a column added to the loader must not reach a page unseen.
function publicSpeaker(speaker: ExportSpeaker): PublicSpeaker {
  return {
    ...speakerSummary(speaker),
    shortBiography: speaker.shortBiography,
    longBiography: speaker.longBiography ?? null,
    website: speaker.website ?? null,
    twitter: speaker.twitter ?? null,
    github: speaker.github ?? null,
    linkedin: speaker.linkedin ?? null,
    city: speaker.city ?? null,
    country: speaker.country ?? null,
    isFeatured: speaker.isFeatured ?? false,
  };
}

const PUBLIC_STATES = new Set(["accepted", "confirmed"]);

/** Every public session, scheduled ones with their resolved end (as the feeds compute it), in order. */
function publicSessions(data: ExportData): { scheduled: ScheduledSession[]; unscheduled: ScheduledSession[] } {
  const found = lookups(data);
  const scheduled = scheduledSessions(data, data.event.timezone, found);
  const unscheduled: ScheduledSession[] = data.sessions
    .filter((session) => !session.deletedAt && PUBLIC_STATES.has(session.state) && !session.startsAt)
    .map((session) => ({
      session,
      startMs: Number.NaN,
      endMs: Number.NaN,
      start: DateTime.invalid("unscheduled"),
      end: DateTime.invalid("unscheduled"),
      track: session.trackId == null ? undefined : found.tracks.get(session.trackId),
      room: session.microlocationId == null ? undefined : found.rooms.get(session.microlocationId),
      type: session.sessionTypeId == null ? undefined : found.types.get(session.sessionTypeId),
      speakers: session.speakers.flatMap((link) => found.speakers.get(link.speakerId) ?? []),
    }))
    .sort((a, b) => a.session.title.localeCompare(b.session.title) || a.session.id - b.session.id);
  return { scheduled, unscheduled };
}

function sessionItem(item: ScheduledSession): PublicSessionItem {
  const { session } = item;
  const scheduled = item.start.isValid;
  return {
    id: session.id,
    title: session.title,
    subtitle: session.subtitle,
    startsAt: scheduled ? item.start.toUTC().toISO() : null,
    endsAt: scheduled ? item.end.toUTC().toISO() : null,
    day: scheduled ? item.start.toISODate() : null,
    room: item.room?.name ?? null,
    track: item.track ? { name: item.track.name, color: item.track.color } : null,
    type: item.type?.name ?? null,
    language: session.language,
    level: session.level,
    speakers: item.speakers.map(speakerSummary),
    searchText: searchTextOf([
      session.title,
      session.subtitle,
      session.shortAbstract,
      item.room?.name,
      item.track?.name,
      item.type?.name,
      ...item.speakers.map((speaker) => speaker.name),
    ]),
  };
}

/** Names used by the given sessions, in the order of `rows` (by position, then name). */
function usedNames<T extends { id: number; name: string; position?: number; deletedAt?: Date | null }>(rows: readonly T[], used: Set<number>): T[] {
  return rows
    .filter((row) => !row.deletedAt && used.has(row.id))
    .sort((a, b) => (a.position ?? 0) - (b.position ?? 0) || a.name.localeCompare(b.name) || a.id - b.id);
}

/**
 * The public schedule of a public event (empty until the organizers publish it), built once per
 * change of what it is made of (lib/public/schedule-stamp.ts) and shared by every visitor's
 * request: the same public data for anyone, so no viewer's own view (stars, a team member's
 * drafts) is ever in it. Callers must not modify what it returns.
 */
export const loadPublicSchedule: (eventId: number) => Promise<PublicSchedule> = stampedCache({
  maxEntries: 32,
  stamp: publicScheduleStamp,
  load: buildPublicSchedule,
});

async function buildPublicSchedule(eventId: number): Promise<PublicSchedule> {
  const data = await loadExportData(eventId, { audience: "public" });
  const { scheduled, unscheduled } = publicSessions(data);
  const sessions = scheduled.map(sessionItem);
  const all = [...scheduled, ...unscheduled].map((item) => item.session);
  const ids = (key: "microlocationId" | "trackId" | "sessionTypeId") =>
    new Set(all.map((session) => session[key]).filter((id): id is number => id !== null));
  return {
    timezone: data.event.timezone,
    sessions,
    unscheduled: unscheduled.map(sessionItem),
    days: [...new Set(sessions.map((session) => session.day).filter((day): day is string => day !== null))],
    rooms: usedNames(data.microlocations, ids("microlocationId")).map((room) => room.name),
    tracks: usedNames(data.tracks, ids("trackId")).map((track) => ({ name: track.name, color: track.color })),
    types: usedNames(data.sessionTypes, ids("sessionTypeId")).map((type) => type.name),
  };
}

/** One public session of the event with its speakers' public profiles, or null. */
export async function loadPublicSession(eventId: number, sessionId: number): Promise<PublicSessionDetail | null> {
  const data = await loadExportData(eventId, { audience: "public", sessionIds: [sessionId] });
  const { scheduled, unscheduled } = publicSessions(data);
  const item = [...scheduled, ...unscheduled].find((entry) => entry.session.id === sessionId);
  if (!item) return null;
  const { session } = item;
  return {
    ...sessionItem(item),
    shortAbstract: session.shortAbstract,
    longAbstract: session.longAbstract,
    slidesUrl: session.slidesUrl,
    videoUrl: session.videoUrl,
    audioUrl: session.audioUrl,
    signupUrl: session.signupUrl ?? null,
    speakers: item.speakers.map(publicSpeaker),
  };
}

export interface PublicSpeakerListItem extends PublicSpeaker {
  sessionCount: number;
}

/** The speakers of the event's public sessions, featured ones first, then by name. */
export async function loadPublicSpeakers(eventId: number): Promise<PublicSpeakerListItem[]> {
  const data = await loadExportData(eventId, { audience: "public" });
  const { scheduled, unscheduled } = publicSessions(data);
  const counts = new Map<number, number>();
  for (const item of [...scheduled, ...unscheduled]) {
    for (const speaker of item.speakers) counts.set(speaker.id, (counts.get(speaker.id) ?? 0) + 1);
  }
  return data.speakers
    .filter((speaker) => !speaker.deletedAt && counts.has(speaker.id))
    .map((speaker) => ({ ...publicSpeaker(speaker), sessionCount: counts.get(speaker.id) ?? 0 }))
    .sort((a, b) => Number(b.isFeatured) - Number(a.isFeatured) || a.name.localeCompare(b.name) || a.id - b.id);
}

/** A speaker of the event's public sessions with those sessions, or null. */
export async function loadPublicSpeaker(
  eventId: number,
  speakerId: number,
): Promise<{ speaker: PublicSpeaker; sessions: PublicSessionItem[]; timezone: string } | null> {
  const data = await loadExportData(eventId, { audience: "public", speakerId });
  const { scheduled, unscheduled } = publicSessions(data);
  const sessions = [...scheduled, ...unscheduled].filter((item) => item.speakers.some((speaker) => speaker.id === speakerId));
  const speaker = data.speakers.find((entry) => entry.id === speakerId && !entry.deletedAt);
  if (!speaker || !sessions.length) return null;
  return { speaker: publicSpeaker(speaker), sessions: sessions.map(sessionItem), timezone: data.event.timezone };
}
