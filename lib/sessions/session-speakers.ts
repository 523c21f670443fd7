import type { Actor } from "../auth/actor";
import { db, type Tx } from "../db";
import { AppError } from "../errors";
import { DocumentValidationError, type Issue } from "../jsonapi/errors";
import { getSessionAccess, numericId, type SessionAbilities } from "./access";
import { sessionScope } from "./scope";
import type { SpeakerLinkageInput } from "./schemas";
import { onPublicSchedule, sessionInState } from "./states";

/**
 * The `speakers` relationship of a session (`/v1/sessions/{id}/relationships/speakers`, the
 * session form's speaker list, a proposal's speaker): read it, replace it (PATCH), add to it
 * (POST), remove from it (DELETE).
 *
 * Organizers link any live speaker of the session's own event. Anyone else may change only the
 * speakers of their own unlocked session that is not on the public schedule yet, and only by
 * linking or unlinking their own speaker profiles (`speaker.user` = them; a profile someone who
 * is not an organizer creates is always linked to its creator): another person's profile, even
 * a public one, is not theirs to put on a session, and what the public schedule shows changes
 * only through an organizer. Errors point into the session document
 * (`/data/relationships/speakers/data/<index>/id`); the relationship endpoint re-points them.
 */

export type LinkageMode = "replace" | "add" | "remove";

/** A checked change of a session's speakers. */
export interface SpeakerChange {
  sessionId: number;
  add: number[];
  remove: number[];
}

const SPEAKERS = { relationship: "speakers" };
const entry = (index: number) => ({ relationship: ["speakers", "data", index, "id"] });

async function linkedSpeakerIds(sessionId: number): Promise<number[]> {
  const rows = await db.sessionSpeaker.findMany({
    where: { sessionId, speaker: { deletedAt: null } },
    orderBy: [{ speaker: { name: "asc" } }, { speakerId: "asc" }],
    select: { speakerId: true },
  });
  return rows.map((row) => row.speakerId);
}

/** The ids of the session's speakers; the session must be visible to the actor. */
export async function getSessionSpeakerIds(actor: Actor, id: string): Promise<{ sessionId: number; speakerIds: number[] }> {
  const session = await db.session.findFirst({ where: { AND: [{ id: numericId(id, "Session") }, sessionScope(actor)] }, select: { id: true } });
  if (!session) throw new AppError("NOT_FOUND", "Session not found");
  return { sessionId: session.id, speakerIds: await linkedSpeakerIds(session.id) };
}

type Entry = { id: number; index: number; verb: "add" | "remove" };

/**
 * The speakers among `ids` the actor may not link to (or unlink from) a session of the event,
 * as issues at their entries: for organizers any that is not a live speaker of the event, for
 * anyone else any that is not their own profile — whether another person's profile exists is
 * none of their business, so both get one answer.
 */
async function refusedSpeakers(
  actor: Actor,
  eventId: number,
  organizer: boolean,
  entries: readonly Entry[],
): Promise<Issue[]> {
  if (!entries.length) return [];
  const allowed = new Set(
    (
      await db.speaker.findMany({
        where: { id: { in: entries.map((entry) => entry.id) }, eventId, deletedAt: null, ...(organizer ? {} : { userId: actor?.id ?? -1 }) },
        select: { id: true },
      })
    ).map((speaker) => speaker.id),
  );
  return entries.flatMap(({ id, index, verb }) => {
    if (allowed.has(id)) return [];
    const detail = organizer ? `Speaker ${id} does not belong to this event` : `You can only ${verb} your own speaker profile; organizers ${verb} other speakers`;
    return [{ detail, ...entry(index) }];
  });
}

/** Checks the speakers of a new session (`createEventSession`); throws when the actor may not link one of them. */
export async function checkNewSessionSpeakers(actor: Actor, eventId: number, organizer: boolean, ids: readonly number[]): Promise<void> {
  const issues = await refusedSpeakers(actor, eventId, organizer, ids.map((id, index) => ({ id, index, verb: "add" as const })));
  if (issues.length) throw new DocumentValidationError(issues);
}

/**
 * Checks what `mode` with `ids` would do to the session's speakers, for this actor, and answers
 * the rows to link and unlink; throws (and nothing changes) when the actor may not.
 */
export async function planSpeakerChange(
  actor: Actor,
  session: { id: number; eventId: number; state: string; isLocked: boolean },
  abilities: Pick<SessionAbilities, "organizer" | "own">,
  mode: LinkageMode,
  ids: readonly number[],
): Promise<SpeakerChange> {
  if (!abilities.organizer) {
    if (!abilities.own) throw new AppError("FORBIDDEN", "You may not change the speakers of this session");
    if (session.isLocked) throw new AppError("FORBIDDEN", "This session is locked; only organizers can change it");
  }
  const linked = await linkedSpeakerIds(session.id);
  const current = new Set(linked);
  const wanted = new Set(ids);
  const add = mode === "remove" ? [] : [...wanted].filter((id) => !current.has(id));
  const remove = mode === "remove" ? [...wanted].filter((id) => current.has(id)) : mode === "replace" ? linked.filter((id) => !wanted.has(id)) : [];
  const change = { sessionId: session.id, add, remove };

  if (abilities.organizer) {
    // Every entry names a speaker of the event, whether it changes anything or not.
    const issues = await refusedSpeakers(actor, session.eventId, true, ids.map((id, index) => ({ id, index, verb: "add" as const })));
    if (issues.length) throw new DocumentValidationError(issues);
    return change;
  }

  // Anyone else: entries that change nothing (sent back as they are) are no business of these rules.
  if (!hasChanges(change)) return change;
  if (onPublicSchedule(session.state)) {
    throw new AppError("FORBIDDEN", `Only organizers can change the speakers of ${sessionInState(session.state)}`, SPEAKERS);
  }
  const adding = new Set(add);
  const removing = new Set(remove);
  const entries = ids.flatMap((id, index): Entry[] => (adding.has(id) ? [{ id, index, verb: "add" }] : removing.has(id) ? [{ id, index, verb: "remove" }] : []));
  const issues = await refusedSpeakers(actor, session.eventId, false, entries);
  // Speakers a replacement leaves out are not in the document: the list as a whole is at fault.
  const left = mode === "replace" ? await refusedSpeakers(actor, session.eventId, false, remove.map((id) => ({ id, index: -1, verb: "remove" as const }))) : [];
  if (left.length) issues.push({ detail: "You can only remove your own speaker profile; organizers remove other speakers", ...SPEAKERS });
  if (issues.length) throw new DocumentValidationError(issues);
  return change;
}

/** Writes a checked change (in the caller's transaction). */
export async function applySpeakerChange(tx: Tx, change: SpeakerChange): Promise<void> {
  if (change.remove.length) await tx.sessionSpeaker.deleteMany({ where: { sessionId: change.sessionId, speakerId: { in: change.remove } } });
  if (change.add.length) {
    await tx.sessionSpeaker.createMany({ data: change.add.map((speakerId) => ({ sessionId: change.sessionId, speakerId })), skipDuplicates: true });
  }
}

export const hasChanges = (change: SpeakerChange) => change.add.length > 0 || change.remove.length > 0;

export async function changeSessionSpeakers(
  actor: Actor,
  id: string,
  mode: LinkageMode,
  input: SpeakerLinkageInput,
): Promise<{ sessionId: number; speakerIds: number[] }> {
  const { session, abilities } = await getSessionAccess(actor, id);
  const change = await planSpeakerChange(
    actor,
    session,
    abilities,
    mode,
    input.data.map((item) => item.id),
  );
  if (hasChanges(change)) {
    await db.$transaction(async (tx) => {
      await applySpeakerChange(tx, change);
      await tx.session.update({ where: { id: session.id }, data: { lastModifiedAt: new Date() } });
    });
  }
  return { sessionId: session.id, speakerIds: await linkedSpeakerIds(session.id) };
}
