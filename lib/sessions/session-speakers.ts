import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";
import { DocumentValidationError } from "../jsonapi/errors";
import { getSessionAccess, numericId } from "./access";
import { sessionScope } from "./scope";
import type { SpeakerLinkageInput } from "./schemas";

/**
 * The `speakers` relationship of a session (`/v1/sessions/{id}/relationships/speakers`):
 * read it, replace it (PATCH), add to it (POST), remove from it (DELETE). Organizers may change
 * any session's speakers, a speaker those of their own unlocked proposal. Every named speaker
 * must be a live speaker of the session's own event.
 */

export type LinkageMode = "replace" | "add" | "remove";

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

export async function changeSessionSpeakers(
  actor: Actor,
  id: string,
  mode: LinkageMode,
  input: SpeakerLinkageInput,
): Promise<{ sessionId: number; speakerIds: number[] }> {
  const { session, abilities } = await getSessionAccess(actor, id);
  if (!abilities.organizer) {
    if (!abilities.own) throw new AppError("FORBIDDEN", "You may not change the speakers of this session");
    if (session.isLocked) throw new AppError("FORBIDDEN", "This session is locked; only organizers can change it");
  }
  const ids = [...new Set(input.data.map((item) => item.id))];
  const found = new Set(
    (await db.speaker.findMany({ where: { id: { in: ids }, eventId: session.eventId, deletedAt: null }, select: { id: true } })).map(
      (speaker) => speaker.id,
    ),
  );
  const issues = input.data.flatMap((item, index) =>
    found.has(item.id) ? [] : [{ detail: `Speaker ${item.id} does not belong to this event`, pointer: `/data/${index}/id` }],
  );
  if (issues.length) throw new DocumentValidationError(issues);

  await db.$transaction(async (tx) => {
    if (mode === "replace") await tx.sessionSpeaker.deleteMany({ where: { sessionId: session.id, speakerId: { notIn: ids } } });
    if (mode === "remove") await tx.sessionSpeaker.deleteMany({ where: { sessionId: session.id, speakerId: { in: ids } } });
    else await tx.sessionSpeaker.createMany({ data: ids.map((speakerId) => ({ sessionId: session.id, speakerId })), skipDuplicates: true });
    await tx.session.update({ where: { id: session.id }, data: { lastModifiedAt: new Date() } });
  });
  return { sessionId: session.id, speakerIds: await linkedSpeakerIds(session.id) };
}
