import { DateTime } from "luxon";
import Papa from "papaparse";
import { htmlToPlainText } from "./plain-text";
import { lookups } from "./schedule";
import { memoIanaZone } from "./timezone";
import type { ExportData, ExportSession } from "./types";

/*
 * Organizer CSVs (co-organizers and up): organizer-only fields (emails, mobile, state,
 * comments) are intended here. RFC 4180 quoting by Papa Parse's `unparse`, CRLF rows, UTF-8 with
 * a BOM so that spreadsheet apps detect the encoding; local times in the event zone, named in
 * the header.
 *
 * Papa Parse quotes a cell holding the delimiter, a quote or a line break of any kind (CRLF, LF or
 * CR: readers such as spreadsheets, Python's csv and csv-parse end a record at any of them outside
 * quotes), and one starting or ending with a space. It replaced csv-stringify, whose per-cell
 * work (a context object, arrays for the separators it checks) made the speakers CSV of the
 * bench's event cost 9 of its 15 ms, more than Python's csv module took for the whole file;
 * `unparse` writes the same bytes in 3.5 ms.
 */

// Spreadsheet apps evaluate a cell that starts with one of these as a formula (CSV injection);
// titles and names come from speakers, so such cells get a leading apostrophe (OWASP advice).
const FORMULA_START = /^[=+\-@\t\r]/;
// Phone numbers and signed numbers ("+65 9123 4567", "-5") start with + or - but cannot call
// anything (no letters, no `|` for DDE), so they stay as they are.
const HARMLESS_NUMBER = /^[+-][\d\s()./-]*$/;

type Cell = string | number | boolean | null | undefined;

function cell(value: Cell): string | number {
  if (value == null) return "";
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? "yes" : "no";
  return FORMULA_START.test(value) && !HARMLESS_NUMBER.test(value) ? `'${value}` : value;
}

function csv(header: string[], rows: Cell[][]): string {
  const records: (string | number)[][] = [header];
  for (const row of rows) records.push(row.map(cell));
  return `\uFEFF${Papa.unparse(records, { newline: "\r\n", quotes: false, escapeFormulae: false })}\r\n`;
}

/**
 * Local "yyyy-LL-dd HH:mm" of instants in `zone`, each distinct instant formatted once: sessions
 * share their slots and submission times repeat, and luxon's formatting costs more than the
 * rest of a row.
 */
function localTimes(zone: string): (value: Date | null | undefined) => string {
  const memoZone = memoIanaZone(zone);
  const formatted = new Map<number, string>();
  return (value) => {
    if (!value) return "";
    const ms = value.getTime();
    let text = formatted.get(ms);
    if (text === undefined) formatted.set(ms, (text = DateTime.fromMillis(ms, { zone: memoZone }).toFormat("yyyy-LL-dd HH:mm")));
    return text;
  };
}

// One collator for every comparison: `localeCompare` with a locale builds one per call.
const byName = new Intl.Collator("en").compare;

function bySchedule(a: ExportSession, b: ExportSession): number {
  const at = a.startsAt?.getTime() ?? Number.POSITIVE_INFINITY;
  const bt = b.startsAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return at - bt || a.id - b.id;
}

/** All non-deleted sessions (every state), by start (unscheduled last), then id. */
export function renderSessionsCsv(data: ExportData): string {
  const zone = data.event.timezone;
  const localTime = localTimes(zone);
  const found = lookups(data);
  const header = [
    "Id", "Title", "Subtitle", "State", "Track", "Room", "Session type",
    `Starts at (${zone})`, `Ends at (${zone})`, "Speakers", "Speaker emails", "Language", "Level",
    "Short abstract", "Long abstract", "Comments", "Slides URL", "Video URL", "Audio URL",
    `Submitted at (${zone})`, `Last modified at (${zone})`,
  ];
  const rows = data.sessions
    .filter((session) => session.deletedAt == null)
    .sort(bySchedule)
    .map((session) => {
      const speakers = session.speakers.flatMap(({ speakerId }) => found.speakers.get(speakerId) ?? []);
      return [
        session.id,
        session.title,
        session.subtitle,
        session.state,
        session.trackId == null ? null : found.tracks.get(session.trackId)?.name,
        session.microlocationId == null ? null : found.rooms.get(session.microlocationId)?.name,
        session.sessionTypeId == null ? null : found.types.get(session.sessionTypeId)?.name,
        localTime(session.startsAt),
        localTime(session.endsAt),
        speakers.map((speaker) => speaker.name).join("; "),
        speakers.flatMap((speaker) => (speaker.email ? [speaker.email] : [])).join("; "),
        session.language,
        session.level,
        htmlToPlainText(session.shortAbstract),
        htmlToPlainText(session.longAbstract),
        session.comments,
        session.slidesUrl,
        session.videoUrl,
        session.audioUrl,
        localTime(session.submittedAt),
        localTime(session.lastModifiedAt),
      ];
    });
  return csv(header, rows);
}

/** All non-deleted speakers by name, with their sessions ("title (state)"). */
export function renderSpeakersCsv(data: ExportData): string {
  const sessionsOf = new Map<number, ExportSession[]>();
  for (const session of [...data.sessions].sort(bySchedule)) {
    if (session.deletedAt != null) continue;
    for (const { speakerId } of session.speakers) {
      const list = sessionsOf.get(speakerId) ?? [];
      list.push(session);
      sessionsOf.set(speakerId, list);
    }
  }
  const header = [
    "Id", "Name", "Email", "Mobile", "Organisation", "Position", "Country", "City", "Website",
    "Twitter", "GitHub", "LinkedIn", "Facebook", "Short biography", "Long biography",
    "Speaking experience", "Gender", "Featured", "Sessions",
  ];
  const rows = data.speakers
    .filter((speaker) => speaker.deletedAt == null)
    .sort((a, b) => byName(a.name, b.name) || a.id - b.id)
    .map((speaker) => [
      speaker.id,
      speaker.name,
      speaker.email,
      speaker.mobile,
      speaker.organisation,
      speaker.position,
      speaker.country,
      speaker.city,
      speaker.website,
      speaker.twitter,
      speaker.github,
      speaker.linkedin,
      speaker.facebook,
      htmlToPlainText(speaker.shortBiography),
      htmlToPlainText(speaker.longBiography),
      htmlToPlainText(speaker.speakingExperience),
      speaker.gender,
      speaker.isFeatured ?? false,
      (sessionsOf.get(speaker.id) ?? []).map((session) => `${session.title} (${session.state})`).join("; "),
    ]);
  return csv(header, rows);
}
