import { DateTime } from "luxon";
import { htmlToPlainText } from "./plain-text";
import {
  absoluteHttpUrl,
  compareRooms,
  lookups,
  publicEventUrl,
  scheduledSlots,
  trimBase,
  type ScheduledSlot,
} from "./schedule";
import { memoIanaZone } from "./timezone";
import { exportGuids } from "./uuid";
import { XmlWriter } from "./xml-writer";
import type { ExportData } from "./types";

/*
 * Pentabarf/frab schedule (c3voc schema, used by Giggity, ConfClerk, EventFahrplan): one model,
 * written as XML (`frab-schedule.xsd`) and as JSON (`frab-schedule.schema.json`). Public: only
 * accepted/confirmed scheduled sessions, persons by id and public name (never email/mobile).
 */

export const FRAB_GENERATOR = { name: "Open Event", version: "1" } as const;

interface FrabPerson {
  id: number;
  guid: string;
  // The schema's FrabPerson variant (id + public_name); adding `name` would also match the
  // PretalxPerson variant, which its `oneOf` forbids.
  public_name: string;
}

interface FrabLink {
  type: "slides" | "media";
  url: string;
  title: string;
}

interface FrabEvent {
  guid: string;
  id: number;
  date: string;
  start: string;
  end: string;
  duration: string;
  room: string;
  slug: string;
  url: string;
  title: string;
  subtitle: string | null;
  track: string | null;
  type: string;
  language: string | null;
  abstract: string | null;
  description: string | null;
  persons: FrabPerson[];
  links: FrabLink[];
}

/** A room on a day; its events are entries, or the slots they are made from (`planFrabSchedule`). */
interface FrabRoom<Entry = FrabEvent> {
  name: string;
  guid: string;
  events: Entry[];
}

interface FrabDay<Entry = FrabEvent> {
  index: number;
  date: string;
  dayStart: string;
  dayEnd: string;
  rooms: FrabRoom<Entry>[];
}

interface FrabTrack {
  name: string;
  color?: string;
  slug?: string;
}

interface FrabSchedule<Entry = FrabEvent> {
  version: string;
  baseUrl: string;
  conference: {
    acronym: string;
    title: string;
    start: string;
    end: string;
    daysCount: number;
    timeslotDuration: string;
    timeZoneName: string;
    url: string;
    logo: string | null;
    tracks: FrabTrack[];
    rooms: { name: string; guid: string }[];
  };
  days: FrabDay<Entry>[];
}

/** Sessions without a room are listed under the venue (frab requires a room per event). */
const NO_ROOM_NAME = "Venue";
// Sessions without a session type: frab requires a type string.
const DEFAULT_TYPE = "other";

function iso(value: DateTime): string {
  return value.toISO({ suppressMilliseconds: true }) ?? "";
}

function hhmm(totalMinutes: number): string {
  // The schemas allow at most two hour digits.
  const minutes = Math.min(Math.max(0, Math.round(totalMinutes)), 99 * 60 + 59);
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** a–z, 0–9 and single hyphens; accents folded (`Grüße` → `grusse`); at most `maxLength`. */
export function slugify(value: string, maxLength = 50): string {
  const text = value.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/ß/g, "ss").toLowerCase();
  // Each run of other characters becomes one hyphen, read only until the slug is long enough
  // (titles are often longer); then hyphens at either end go.
  let slug = "";
  let run = false;
  for (let index = 0; index < text.length && slug.length < maxLength; index++) {
    const code = text.charCodeAt(index);
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
      if (run) slug += "-";
      run = false;
      if (slug.length < maxLength) slug += text[index];
    } else run = true;
  }
  if (run && slug.length < maxLength) slug += "-";
  let start = 0;
  let end = slug.length;
  while (start < end && slug.charCodeAt(start) === 0x2d) start++;
  while (end > start && slug.charCodeAt(end - 1) === 0x2d) end--;
  return slug.slice(start, end);
}

/** The schemas' acronym: `[a-z0-9_]{4,}` (identifiers are 8 lowercase alphanumerics already). */
function acronym(identifier: string): string {
  return identifier.toLowerCase().replace(/[^a-z0-9_]/g, "_").padEnd(4, "_");
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** An instant of the schedule in the event's zone, with the forms the frab documents write. */
interface LocalInstant {
  ms: number;
  iso: string;
  date: string;
  hhmm: string;
  minuteOfDay: number;
}

export function buildFrabSchedule(data: ExportData): FrabSchedule {
  const { schedule, entry } = planFrabSchedule(data);
  return {
    ...schedule,
    days: schedule.days.map((day) => ({ ...day, rooms: day.rooms.map((room) => ({ ...room, events: room.events.map(entry) })) })),
  };
}

/**
 * The schedule with each room's sessions as slots, and `entry`, which makes a slot's event
 * entry: renderFrabXml writes each entry as it is made, so that the entries (their plain text,
 * slug, GUIDs and URL) die young instead of all living until the document is written.
 */
function planFrabSchedule(data: ExportData): { schedule: FrabSchedule<ScheduledSlot>; entry: (item: ScheduledSlot) => FrabEvent } {
  const { event } = data;
  const zone = memoIanaZone(event.timezone);
  const found = lookups(data);
  const scheduled = scheduledSlots(data, found);
  const code = acronym(event.identifier);
  const rooms = [...found.rooms.values()].sort(compareRooms);
  const venueName = event.locationName?.trim() || NO_ROOM_NAME;
  // Parallel rooms share their slots: a schedule has far fewer distinct instants than sessions,
  // and formatting one through luxon costs more than the rest of a session's entry.
  const instants = new Map<number, LocalInstant>();
  const local = (ms: number): LocalInstant => {
    let instant = instants.get(ms);
    if (!instant) {
      const value = DateTime.fromMillis(ms, { zone });
      instant = { ms, iso: iso(value), date: value.toISODate() ?? "", hhmm: value.toFormat("HH:mm"), minuteOfDay: value.hour * 60 + value.minute };
      instants.set(ms, instant);
    }
    return instant;
  };
  const guidOf = exportGuids(event.identifier);
  const sessionUrl = `${publicEventUrl(data)}/sessions/`;
  // A speaker's GUID is needed once per session of theirs.
  const speakerGuids = new Map<number, string>();
  const speakerGuid = (id: number) => {
    let guid = speakerGuids.get(id);
    if (guid === undefined) speakerGuids.set(id, (guid = guidOf("speaker", id)));
    return guid;
  };

  const eventStart = DateTime.fromJSDate(event.startsAt, { zone });
  const eventEnd = DateTime.fromJSDate(event.endsAt, { zone });
  const dates = new Set<string>();
  // Every conference day, also empty ones, plus any day a session is on.
  for (let day = eventStart.startOf("day"); day <= eventEnd && dates.size < 366; day = day.plus({ days: 1 })) {
    dates.add(day.toISODate() ?? "");
  }
  for (const item of scheduled) dates.add(local(item.startMs).date);
  const sortedDates = [...dates].filter(Boolean).sort();

  let slot = 0;
  const byDay = new Map<string, Map<string, FrabRoom<ScheduledSlot>>>();
  const dayBounds = new Map<string, { start: LocalInstant; end: LocalInstant }>();
  for (const item of scheduled) {
    const start = local(item.startMs);
    const end = local(item.endMs);
    const date = start.date;
    const roomName = item.room?.name ?? venueName;
    let dayRooms = byDay.get(date);
    if (!dayRooms) byDay.set(date, (dayRooms = new Map()));
    let room = dayRooms.get(roomName);
    if (!room) dayRooms.set(roomName, (room = { name: roomName, guid: guidOf("room", item.room?.id ?? 0), events: [] }));
    room.events.push(item);
    const bounds = dayBounds.get(date);
    if (!bounds) dayBounds.set(date, { start, end });
    else if (end.ms > bounds.end.ms) bounds.end = end;
    slot = gcd(gcd(slot, Math.round((item.endMs - item.startMs) / 60_000)), start.minuteOfDay);
  }

  const entry = (item: ScheduledSlot): FrabEvent => {
    const { session } = item;
    const start = local(item.startMs);
    const end = local(item.endMs);
    const minutes = Math.round((item.endMs - item.startMs) / 60_000);
    const links: FrabLink[] = [];
    const slides = absoluteHttpUrl(session.slidesUrl, data.baseUrl);
    if (slides) links.push({ type: "slides", url: slides, title: "Slides" });
    const video = absoluteHttpUrl(session.videoUrl, data.baseUrl);
    if (video) links.push({ type: "media", url: video, title: "Video" });
    const audio = absoluteHttpUrl(session.audioUrl, data.baseUrl);
    if (audio) links.push({ type: "media", url: audio, title: "Audio" });
    const abstract = htmlToPlainText(session.shortAbstract);
    const description = htmlToPlainText(session.longAbstract);
    return {
      guid: guidOf("session", session.id),
      id: session.id,
      date: start.iso,
      start: start.hhmm,
      end: end.iso,
      duration: hhmm(minutes),
      room: item.room?.name ?? venueName,
      slug: `${code}-${session.id}-${slugify(session.title) || "session"}`,
      url: sessionUrl + session.id,
      title: session.title,
      subtitle: session.subtitle || null,
      track: item.track?.name ?? null,
      type: item.type?.name ?? DEFAULT_TYPE,
      language: session.language || null,
      abstract: abstract || null,
      description: description || null,
      persons: item.speakers.map((speaker) => ({ id: speaker.id, guid: speakerGuid(speaker.id), public_name: speaker.name })),
      links,
    };
  };

  const roomOrder = new Map(rooms.map((room, index) => [room.name, index]));
  const days: FrabDay<ScheduledSlot>[] = sortedDates.map((date, index) => {
    const midnight = DateTime.fromISO(date, { zone });
    const bounds = dayBounds.get(date);
    const dayRooms = [...(byDay.get(date)?.values() ?? [])].sort(
      (a, b) => (roomOrder.get(a.name) ?? Number.MAX_SAFE_INTEGER) - (roomOrder.get(b.name) ?? Number.MAX_SAFE_INTEGER),
    );
    return {
      index: index + 1,
      date,
      dayStart: bounds?.start.iso ?? iso(midnight),
      dayEnd: bounds?.end.iso ?? iso(midnight.plus({ days: 1 })),
      rooms: dayRooms,
    };
  });

  const roomList = rooms.map((room) => ({ name: room.name, guid: guidOf("room", room.id) }));
  if (scheduled.some((item) => !item.room) && !roomList.some((room) => room.name === venueName)) {
    roomList.push({ name: venueName, guid: guidOf("room", 0) });
  }
  const tracks: FrabTrack[] = [...found.tracks.values()]
    .sort((a, b) => (a.position ?? 0) - (b.position ?? 0) || a.id - b.id)
    .map((track) => {
      const result: FrabTrack = { name: track.name };
      if (/^#[0-9a-fA-F]{6}$/.test(track.color)) result.color = track.color;
      const slug = slugify(track.name);
      if (/^[a-z][a-z0-9-]*[a-z0-9]$/.test(slug)) result.slug = slug;
      return result;
    });

  const schedule = {
    // A schedule version that changes whenever the export is regenerated.
    version: DateTime.fromJSDate(data.generatedAt, { zone: "utc" }).toFormat("yyyy-LL-dd HH:mm"),
    baseUrl: `${trimBase(data.baseUrl)}/`,
    conference: {
      acronym: code,
      title: event.name,
      start: sortedDates[0] ?? eventStart.toISODate() ?? "",
      end: sortedDates[sortedDates.length - 1] ?? eventEnd.toISODate() ?? "",
      daysCount: days.length,
      // The largest grid every start and length fits on, between 5 and 60 minutes.
      timeslotDuration: hhmm(slot ? Math.min(60, Math.max(5, slot)) : 15),
      timeZoneName: event.timezone,
      url: publicEventUrl(data),
      logo: absoluteHttpUrl(event.logoUrl, data.baseUrl),
      tracks,
      rooms: roomList,
    },
    days,
  };
  return { schedule, entry };
}

/** Frab schedule XML, valid against `frab-schedule.xsd`. */
export function renderFrabXml(data: ExportData): string {
  const { schedule, entry } = planFrabSchedule(data);
  const { conference } = schedule;
  const xml = new XmlWriter();
  xml.open("schedule");
  xml.empty("generator", { name: FRAB_GENERATOR.name, version: FRAB_GENERATOR.version });
  xml.leaf("url", `${conference.url}/schedule.xml`);
  xml.leaf("version", schedule.version);
  xml.open("conference");
  xml.leaf("title", conference.title);
  xml.leaf("acronym", conference.acronym);
  xml.leaf("start", conference.start);
  xml.leaf("end", conference.end);
  xml.leaf("days", String(conference.daysCount));
  xml.leaf("timeslot_duration", conference.timeslotDuration);
  xml.leaf("base_url", schedule.baseUrl);
  if (conference.logo) xml.leaf("logo", conference.logo);
  xml.leaf("url", conference.url);
  xml.leaf("time_zone_name", conference.timeZoneName);
  for (const track of conference.tracks) {
    const attributes: Record<string, string> = { name: track.name };
    if (track.color) attributes.color = track.color;
    if (track.slug) attributes.slug = track.slug;
    xml.leaf("track", track.name, attributes);
  }
  xml.close();
  for (const day of schedule.days) {
    xml.open("day", { index: String(day.index), date: day.date, start: day.dayStart, end: day.dayEnd });
    for (const room of day.rooms) {
      xml.open("room", { name: room.name, guid: room.guid });
      for (const slot of room.events) {
        const item = entry(slot);
        xml.open("event", { guid: item.guid, id: String(item.id) });
        xml.leaf("date", item.date);
        xml.leaf("start", item.start);
        xml.leaf("duration", item.duration);
        xml.leaf("room", item.room);
        xml.leaf("slug", item.slug);
        xml.leaf("url", item.url);
        xml.leaf("title", item.title);
        if (item.subtitle) xml.leaf("subtitle", item.subtitle);
        xml.leaf("track", item.track ?? "");
        xml.leaf("type", item.type);
        if (item.language) xml.leaf("language", item.language);
        xml.leaf("abstract", item.abstract ?? "");
        if (item.description) xml.leaf("description", item.description);
        xml.open("persons");
        for (const person of item.persons) xml.leaf("person", person.public_name, { id: String(person.id), guid: person.guid });
        xml.close();
        xml.open("links");
        for (const link of item.links) xml.leaf("link", link.title, { href: link.url, type: link.type });
        xml.close();
        xml.close();
      }
      xml.close();
    }
    xml.close();
  }
  return xml.end();
}

// The JSON schema's `time_zone_name` pattern (`^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$`) rejects a few
// valid IANA names (e.g. `EST5EDT`); the field is optional, so such zones leave it out.
const JSON_TIME_ZONE = /^([A-Z][a-z]+\/[A-Z][a-z]+)|UTC$/;

/** Frab schedule JSON, valid against `frab-schedule.schema.json`. */
export function renderFrabJson(data: ExportData): string {
  const schedule = buildFrabSchedule(data);
  const { conference } = schedule;
  const document = {
    $schema: "https://c3voc.de/schedule/schema.json",
    generator: { ...FRAB_GENERATOR },
    schedule: {
      version: schedule.version,
      base_url: schedule.baseUrl,
      conference: {
        acronym: conference.acronym,
        title: conference.title,
        start: conference.start,
        end: conference.end,
        daysCount: conference.daysCount,
        timeslot_duration: conference.timeslotDuration,
        ...(JSON_TIME_ZONE.test(conference.timeZoneName) ? { time_zone_name: conference.timeZoneName } : {}),
        ...(conference.logo ? { logo: conference.logo } : {}),
        url: conference.url,
        tracks: conference.tracks,
        rooms: conference.rooms,
        days: schedule.days.map((day) => ({
          index: day.index,
          date: day.date,
          day_start: day.dayStart,
          day_end: day.dayEnd,
          rooms: Object.fromEntries(day.rooms.map((room) => [room.name, room.events])),
        })),
      },
    },
  };
  return JSON.stringify(document, null, 2);
}
