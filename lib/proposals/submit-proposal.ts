import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";
import { announceSessionChange } from "../sessions/announce-session";
import { createEventSession } from "../sessions/create-session";
import { deleteSession } from "../sessions/delete-session";
import { changeSessionSpeakers } from "../sessions/session-speakers";
import { createEventSpeaker } from "../speakers/create-speaker";
import { updateSpeaker } from "../speakers/update-speaker";
import type { Proposal } from "./schemas";

/**
 * A signed-in user proposes a session to a published event that takes proposals: their speaker
 * profile for the event is created (or brought up to date), the session is created as pending
 * (or draft) with them as its speaker, and the organizers are told once it is complete. The
 * rules (published, proposals open, no scheduling by speakers) are those of the session and
 * speaker services, so the form, the API and this flow cannot disagree.
 */
export async function submitProposal(actor: Actor, eventIdOrIdentifier: string, input: Proposal): Promise<{ sessionId: number; eventId: number }> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Sign in to propose a session");
  const profile = { name: input.speakerName, organisation: input.organisation, shortBiography: input.shortBiography };
  const session = await createEventSession(
    actor,
    eventIdOrIdentifier,
    {
      title: input.title,
      shortAbstract: input.shortAbstract,
      longAbstract: input.longAbstract,
      trackId: input.trackId,
      sessionTypeId: input.sessionTypeId,
      language: input.language,
      level: input.level,
      state: input.submit ? "pending" : "draft",
    },
    { announce: false },
  );
  try {
    const existing = await db.speaker.findFirst({
      where: { eventId: session.eventId, userId: actor.id, deletedAt: null },
      select: { id: true },
      orderBy: { id: "asc" },
    });
    const speakerId = existing
      ? (await updateSpeaker(actor, String(existing.id), profile)).id
      : (await createEventSpeaker(actor, String(session.eventId), { ...profile, email: actor.email })).id;
    await changeSessionSpeakers(actor, String(session.id), "replace", { data: [{ type: "speaker", id: speakerId }] });
  } catch (error) {
    // Nothing half-made stays behind: the proposal is taken back and the form can be sent again.
    await deleteSession(actor, String(session.id));
    throw error;
  }
  await announceSessionChange(null, session, actor.id);
  return { sessionId: session.id, eventId: session.eventId };
}
