import { db } from "../db";
import { AppError, type ErrorSource } from "../errors";
import type { EventAccess } from "./access";

/**
 * Field-level rules shared by creating and changing sessions: who may set what, the time rules
 * and the event-ownership of related rows.
 */

/** Fields a speaker may change on their own, unlocked proposal. */
export const SPEAKER_FIELDS: ReadonlySet<string> = new Set([
  "title",
  "subtitle",
  "shortAbstract",
  "longAbstract",
  "language",
  "level",
  "slidesUrl",
  "videoUrl",
  "audioUrl",
  "signupUrl",
  "complexFieldValues",
  "trackId",
  "sessionTypeId",
  "state",
]);

/**
 * What a speaker may still change once the session is on the public schedule: the schedule and
 * its exports show everything else (title, abstracts, track, type, materials, speakers), and that
 * changes only through an organizer. The state moves by the transition table (withdrawing), and
 * the custom-form answers the public does not see (update-session.ts keeps public ones to organizers).
 */
export const SPEAKER_FIELDS_ON_SCHEDULE: ReadonlySet<string> = new Set(["state", "complexFieldValues"]);

/** Fields a reviewer (track organizer) may change: the decision and the note to the speaker. */
export const REVIEWER_FIELDS: ReadonlySet<string> = new Set(["state", "comments"]);

/** Foreign keys that documents carry as relationships. */
const RELATIONSHIPS: Record<string, string> = { trackId: "track", microlocationId: "microlocation", sessionTypeId: "sessionType" };
/** What an error about a field of the input is about: the attribute, or the relationship of a foreign key. */
export const sourceOf = (key: string): ErrorSource => (RELATIONSHIPS[key] ? { relationship: RELATIONSHIPS[key] } : { field: key });
/**
 * The form field of each relationship errors may name: the session and speaker forms send
 * foreign keys, and a session's speakers as `speakerIds`.
 */
export const RELATIONSHIP_FIELDS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(RELATIONSHIPS).map(([key, relationship]) => [relationship, key])),
  speakers: "speakerIds",
  user: "userId",
};
/** A field's member name in documents (`short-abstract`, `session-type`), for messages. */
export const memberOf = (key: string) => (RELATIONSHIPS[key] ?? key).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (typeof a === "object" || typeof b === "object") return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  return (a ?? null) === (b ?? null);
}

/**
 * Keys of `input` whose value differs from `stored`. Clients such as Ember Data send the whole
 * record back on PATCH, so an unchanged value is never a permission problem.
 */
export function changedKeys(input: Record<string, unknown>, stored: Record<string, unknown>): string[] {
  return Object.keys(input).filter((key) => input[key] !== undefined && !same(input[key], stored[key]));
}

/** Throws FORBIDDEN for the first changed key outside `allowed` (`context` ends the sentence, e.g. " of an accepted session"). */
export function checkAllowedFields(changed: readonly string[], allowed: ReadonlySet<string>, context = ""): void {
  const denied = changed.find((key) => !allowed.has(key));
  if (denied) {
    throw new AppError("FORBIDDEN", `Only organizers can change ${memberOf(denied)}${context}`, sourceOf(denied));
  }
}

const unprocessable = (detail: string, key: string) => new AppError("UNPROCESSABLE", detail, sourceOf(key));

/**
 * A scheduled session has a start and an end, the end after the start, both within the event
 * (Open Event lets sessions fall outside their event, which breaks every schedule export).
 */
export function checkSchedule(startsAt: Date | null, endsAt: Date | null, event: Pick<EventAccess, "startsAt" | "endsAt">): void {
  if (!startsAt && !endsAt) return;
  if (!startsAt) throw unprocessable("A session with an end needs a start", "startsAt");
  if (!endsAt) throw unprocessable("A session with a start needs an end", "endsAt");
  if (endsAt <= startsAt) throw unprocessable("Must be after the start", "endsAt");
  if (startsAt < event.startsAt) throw unprocessable(`Must not be before the event starts (${event.startsAt.toISOString()})`, "startsAt");
  if (endsAt > event.endsAt) throw unprocessable(`Must not be after the event ends (${event.endsAt.toISOString()})`, "endsAt");
}

/** Track, room and session type must be live rows of the session's own event. */
export async function checkRelated(
  eventId: number,
  ids: { trackId?: number | null; microlocationId?: number | null; sessionTypeId?: number | null },
): Promise<void> {
  const where = (id: number) => ({ id, eventId, deletedAt: null });
  const [track, microlocation, sessionType] = await Promise.all([
    ids.trackId ? db.track.findFirst({ where: where(ids.trackId), select: { id: true } }) : true,
    ids.microlocationId ? db.microlocation.findFirst({ where: where(ids.microlocationId), select: { id: true } }) : true,
    ids.sessionTypeId ? db.sessionType.findFirst({ where: where(ids.sessionTypeId), select: { id: true } }) : true,
  ]);
  if (!track) throw unprocessable("This track does not belong to the event", "trackId");
  if (!microlocation) throw unprocessable("This microlocation does not belong to the event", "microlocationId");
  if (!sessionType) throw unprocessable("This session type does not belong to the event", "sessionTypeId");
}
