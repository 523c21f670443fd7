import type { Actor } from "../auth/actor";
import { builtInField } from "../custom-forms/fields";
import type { FormField } from "../custom-forms/form-schema";
import { loadFormDefinition } from "../custom-forms/load-form";
import { isCallOpenNow } from "../custom-forms/proposal-window";
import { db } from "../db";
import { notFound } from "../errors";
import { numericId, requireUser } from "../sessions/access";
import type { SessionRecord } from "../sessions/load";
import { ownSessionWhere } from "../sessions/scope";
import { findTransition, PROPOSAL_STATES, type SessionState } from "../sessions/states";
import { updateSession } from "../sessions/update-session";
import { updateSpeaker } from "../speakers/update-speaker";
import type { SpeakerRecord } from "../speakers/load";
import { myProposalSchema, mySpeakerProfileSchema } from "./schemas";

/**
 * The speaker's side of a proposal ("My sessions"): change it, withdraw it, change one's speaker
 * profile. These are the session and speaker services with their rules (update-session.ts: a
 * proposal under review at any time, any other only while the call for speakers is open, never a
 * locked one; the event's forms; the transition table), so the pages, the API and these actions
 * refuse alike; the organizers hear of each change (announce-session.ts, `speaker_edited`).
 */

/** Whether the speaker may change a proposal in `state` now, given whether the event's call is open. */
export const proposalEditable = (state: SessionState, callOpen: boolean, isLocked: boolean): boolean =>
  !isLocked && ((PROPOSAL_STATES as readonly string[]).includes(state) || callOpen);

export interface MyProposalEditing {
  session: { id: number; title: string; state: SessionState; isLocked: boolean; eventId: number };
  event: { id: number; identifier: string; name: string };
  /** The form's current values (`MyProposalInput`, foreign keys as ids, answers by identifier). */
  values: Record<string, unknown>;
  /** The fields of the event's session form the speaker answers (included, not the organizers' notes), for `buildFormSchema` and the rendering. */
  definition: FormField[];
  tracks: { id: number; name: string }[];
  types: { id: number; name: string }[];
  /** Whether the content may be changed now (see `proposalEditable`). */
  editable: boolean;
  /** Whether the proposal may be withdrawn (the transition table; never a locked one). */
  withdrawable: boolean;
}

/** What the edit page of one of the user's own proposals needs; anyone else's (or a missing one) is NOT_FOUND. */
export async function getMyProposalEditing(actor: Actor, sessionId: string | number): Promise<MyProposalEditing> {
  const user = requireUser(actor, "Sign in to change your sessions");
  const session = await db.session.findFirst({
    where: { AND: [{ id: numericId(sessionId, "Session") }, ownSessionWhere(user)] },
    include: { event: { select: { id: true, identifier: true, name: true } } },
  });
  if (!session) throw notFound("Session");
  const [definition, tracks, types, callOpen] = await Promise.all([
    loadFormDefinition(session.eventId, "session"),
    db.track.findMany({ where: { eventId: session.eventId, deletedAt: null }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, name: true } }),
    db.sessionType.findMany({ where: { eventId: session.eventId, deletedAt: null }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, name: true } }),
    isCallOpenNow(session.eventId),
  ]);
  const values = Object.fromEntries(Object.keys(myProposalSchema.shape).map((key) => [key, (session as Record<string, unknown>)[key] ?? null]));
  return {
    session: { id: session.id, title: session.title, state: session.state, isLocked: session.isLocked, eventId: session.eventId },
    event: session.event,
    values,
    definition: definition.filter((field) => field.isIncluded && !builtInField("session", field.fieldIdentifier)?.organizerOnly),
    tracks,
    types,
    editable: proposalEditable(session.state, callOpen, session.isLocked),
    withdrawable: !session.isLocked && findTransition(session.state, "withdrawn") !== undefined,
  };
}

/** Saves the speaker's changes to their proposal (parsed with `myProposalSchema`). */
export async function editMyProposal(actor: Actor, sessionId: string, input: unknown): Promise<SessionRecord> {
  requireUser(actor, "Sign in to change your sessions");
  return updateSession(actor, sessionId, myProposalSchema.parse(input));
}

/** Withdraws the speaker's proposal (state `withdrawn`); the organizers are told unless it was a draft. */
export async function withdrawMyProposal(actor: Actor, sessionId: string): Promise<SessionRecord> {
  requireUser(actor, "Sign in to change your sessions");
  return updateSession(actor, sessionId, { state: "withdrawn" });
}

/** Saves the speaker's own profile (parsed with `mySpeakerProfileSchema`), custom answers included. */
export async function updateMySpeakerProfile(actor: Actor, speakerId: string, input: unknown): Promise<SpeakerRecord> {
  requireUser(actor, "Sign in to change your speaker profile");
  return updateSpeaker(actor, speakerId, mySpeakerProfileSchema.parse(input));
}

export interface MySpeakerProfile {
  id: number;
  event: { id: number; identifier: string; name: string };
  /** The profile's current values (`MySpeakerProfileInput`). */
  values: Record<string, unknown>;
  /** The fields of the event's speaker form (included ones). */
  definition: FormField[];
}

/** The user's speaker profiles (one per event they speak at), each with its event's speaker form. */
export async function getMySpeakerProfiles(actor: Actor): Promise<MySpeakerProfile[]> {
  const user = requireUser(actor, "Sign in to see your speaker profiles");
  const speakers = await db.speaker.findMany({
    where: { userId: user.id, deletedAt: null, event: { deletedAt: null } },
    orderBy: [{ eventId: "asc" }, { id: "asc" }],
    include: { event: { select: { id: true, identifier: true, name: true } } },
  });
  const definitions = await Promise.all([...new Set(speakers.map((speaker) => speaker.eventId))].map(async (eventId) => [eventId, await loadFormDefinition(eventId, "speaker")] as const));
  const byEvent = new Map(definitions);
  return speakers.map((speaker) => ({
    id: speaker.id,
    event: speaker.event,
    values: Object.fromEntries(Object.keys(mySpeakerProfileSchema.shape).map((key) => [key, (speaker as Record<string, unknown>)[key] ?? null])),
    definition: (byEvent.get(speaker.eventId) ?? []).filter((field) => field.isIncluded),
  }));
}
