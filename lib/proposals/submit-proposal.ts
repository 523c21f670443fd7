import type { Actor } from "../auth/actor";
import { checkAgainstForm } from "../custom-forms/check-answers";
import { loadFormDefinition } from "../custom-forms/load-form";
import { checkProposalWindow } from "../custom-forms/proposal-window";
import { db } from "../db";
import { AppError, pathOf, type ErrorSource } from "../errors";
import { DocumentValidationError, type Issue } from "../jsonapi/errors";
import { getEventAccess, sessionAbilities } from "../sessions/access";
import { announceSessionChange } from "../sessions/announce-session";
import { checkTakesProposals, createEventSession } from "../sessions/create-session";
import { deleteSession } from "../sessions/delete-session";
import { changeSessionSpeakers } from "../sessions/session-speakers";
import { createEventSpeaker } from "../speakers/create-speaker";
import { updateSpeaker } from "../speakers/update-speaker";
import type { Proposal } from "./schemas";

/** The proposal's names of the speaker profile's fields where they differ (`name` is `speakerName`); others live under `speaker`. */
const PROFILE_FIELDS: Readonly<Record<string, string>> = { name: "speakerName", organisation: "organisation", shortBiography: "shortBiography" };

/** An issue of the speaker form, placed at the proposal's field. */
function inProposal(source: ErrorSource): ErrorSource {
  if (source.field === undefined) return source;
  const [first, ...rest] = pathOf(source.field);
  const own = typeof first === "string" ? PROFILE_FIELDS[first] : undefined;
  return { field: own ? [own, ...rest] : ["speaker", ...pathOf(source.field)] };
}

/** The issues a form check refuses with (none when it passes). */
function issuesOf(check: () => unknown, place: (source: ErrorSource) => ErrorSource = (source) => source): Issue[] {
  try {
    check();
    return [];
  } catch (error) {
    if (!(error instanceof DocumentValidationError)) throw error;
    return error.issues.map(({ detail, ...source }) => ({ detail, ...place(source) }));
  }
}

/**
 * A signed-in user proposes a session to a published event that takes proposals, while its call
 * for speakers is open (a private call through its link's `callHash`): their speaker profile for
 * the event is created (or brought up to date), the session is created as pending (or draft) with
 * them as its speaker, and the organizers are told once it is complete. The session and the
 * profile are checked against the event's forms together first, so every refused field of both
 * is answered at once and nothing is written; the rules (published, proposals open, no scheduling
 * by speakers) are those of the session and speaker services, so the form, the API and this flow
 * cannot disagree.
 */
export async function submitProposal(
  actor: Actor,
  eventIdOrIdentifier: string,
  input: Proposal,
  options: { callHash?: string } = {},
): Promise<{ sessionId: number; eventId: number }> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Sign in to propose a session");
  const event = await getEventAccess(actor, eventIdOrIdentifier);
  const { organizer } = sessionAbilities(actor, event.actorRoles, true);
  if (!organizer) {
    checkTakesProposals(event);
    await checkProposalWindow(event.id, { hash: options.callHash });
  }
  const sessionInput = {
    title: input.title,
    subtitle: input.subtitle,
    shortAbstract: input.shortAbstract,
    longAbstract: input.longAbstract,
    trackId: input.trackId,
    sessionTypeId: input.sessionTypeId,
    language: input.language,
    level: input.level,
    slidesUrl: input.slidesUrl,
    videoUrl: input.videoUrl,
    audioUrl: input.audioUrl,
    complexFieldValues: input.complexFieldValues,
    state: input.submit ? ("pending" as const) : ("draft" as const),
  };
  const existing = await db.speaker.findFirst({ where: { eventId: event.id, userId: actor.id, deletedAt: null }, orderBy: { id: "asc" } });
  const profile = { ...input.speaker, name: input.speakerName, organisation: input.organisation, shortBiography: input.shortBiography };
  // A new profile takes the account's address unless the proposal gives one.
  const newProfile = { ...profile, email: profile.email ?? actor.email };

  const definition = await loadFormDefinition(event.id);
  const audience = organizer ? "organizer" : "speaker";
  const issues = [
    ...issuesOf(() => checkAgainstForm(definition, "session", sessionInput, { audience })),
    ...issuesOf(
      () => (existing ? checkAgainstForm(definition, "speaker", profile, { stored: existing, audience }) : checkAgainstForm(definition, "speaker", newProfile, { audience })),
      inProposal,
    ),
  ];
  if (issues.length) throw new DocumentValidationError(issues);

  const session = await createEventSession(actor, String(event.id), sessionInput, { announce: false, callHash: options.callHash });
  try {
    const speakerId = existing
      ? // The proposal's own announcement (new_session) covers the profile it brings.
        (await updateSpeaker(actor, String(existing.id), profile, { announce: false })).id
      : (await createEventSpeaker(actor, String(session.eventId), newProfile)).id;
    await changeSessionSpeakers(actor, String(session.id), "replace", { data: [{ type: "speaker", id: speakerId }] });
  } catch (error) {
    // Nothing half-made stays behind: the proposal is taken back and the form can be sent again.
    await deleteSession(actor, String(session.id));
    throw error;
  }
  await announceSessionChange(null, session, actor.id);
  return { sessionId: session.id, eventId: session.eventId };
}
