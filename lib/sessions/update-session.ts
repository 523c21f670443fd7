import type { Actor } from "../auth/actor";
import { answerColumns, changedAnswers, checkAgainstForm, formKeys, richTextColumns } from "../custom-forms/check-answers";
import { publicFieldIdentifiers } from "../custom-forms/form-schema";
import { loadFormDefinition } from "../custom-forms/load-form";
import { isCallOpenNow } from "../custom-forms/proposal-window";
import { db } from "../db";
import { AppError } from "../errors";
import { getSessionAccess, type SessionAccess } from "./access";
import { announceSessionChange } from "./announce-session";
import { finishSessions, sessionInclude, type LoadOptions, type SessionRecord } from "./load";
import { changedKeys, checkAllowedFields, checkRelated, checkSchedule, REVIEWER_FIELDS, SPEAKER_FIELDS, SPEAKER_FIELDS_ON_SCHEDULE } from "./rules";
import type { UpdateSessionInput } from "./schemas";
import { applySpeakerChange, hasChanges, planSpeakerChange } from "./session-speakers";
import { checkTransition, onPublicSchedule, PROPOSAL_STATES, sessionInState } from "./states";

export interface UpdateSessionOptions extends LoadOptions {
  /** JSON:API `data.id`; it must name the session in the URL. */
  expectedId?: string;
  /** The session's whole list of speakers (the session form), changed with the fields or not at all. */
  speakerIds?: readonly number[];
  /** The session `id` names as `getSessionAccess` loaded it, when the caller has already loaded it. */
  access?: SessionAccess;
}

/**
 * Changes a session. Callers who cannot see it get NOT_FOUND. Organizers change everything;
 * reviewers (track organizers) the state and the comments; the session's own speakers its
 * content and submit/withdraw it, unless an organizer locked it — and once it is on the public
 * schedule (accepted, confirmed) nothing the schedule shows, which only organizers change.
 * State changes follow the transition table (states.ts); times follow the schedule rules
 * (rules.ts); speakers follow session-speakers.ts; the fields it changes follow the event's session
 * form (lib/custom-forms/check-answers.ts: a required one cannot be cleared, a new answer must fit).
 */
export async function updateSession(
  actor: Actor,
  id: string,
  input: UpdateSessionInput,
  options: UpdateSessionOptions = {},
): Promise<SessionRecord> {
  const { session, event, abilities } = options.access ?? (await getSessionAccess(actor, id));
  if (options.expectedId !== undefined && options.expectedId !== String(session.id)) {
    throw new AppError("CONFLICT", "data.id does not match the session in the URL", { pointer: "/data/id" });
  }
  const changed = changedKeys(input, session);
  if (!abilities.organizer) {
    const speaking = abilities.own && !session.isLocked;
    if (!abilities.reviewer && !abilities.own) throw new AppError("FORBIDDEN", "You may not change this session");
    if (!abilities.reviewer && !speaking && changed.length) {
      throw new AppError("FORBIDDEN", "This session is locked; only organizers can change it");
    }
    const scheduled = onPublicSchedule(session.state);
    const speakerFields = scheduled ? SPEAKER_FIELDS_ON_SCHEDULE : SPEAKER_FIELDS;
    checkAllowedFields(
      changed,
      new Set([...(abilities.reviewer ? REVIEWER_FIELDS : []), ...(speaking ? speakerFields : [])]),
      speaking && scheduled ? ` of ${sessionInState(session.state)}` : "",
    );
  }
  // A speaker changes a proposal under review (draft, pending) at any time, any other only while
  // the call for speakers is open; the state moves by the transition table alone.
  const bySpeaker = !abilities.organizer && !abilities.reviewer && abilities.own;
  const edited = changed.some((key) => key !== "state");
  if (bySpeaker && edited && !(PROPOSAL_STATES as readonly string[]).includes(session.state) && !(await isCallOpenNow(session.eventId))) {
    throw new AppError("FORBIDDEN", `The call for speakers is closed: ${sessionInState(session.state)} can no longer be changed`);
  }
  // A locked session's speaker has no say in its state either.
  const capacities = new Set(abilities.capacities);
  if (session.isLocked && !abilities.organizer) capacities.delete("speaker");
  const transition = input.state ? checkTransition(session.state, input.state, capacities) : undefined;

  if (changed.includes("startsAt") || changed.includes("endsAt")) {
    checkSchedule(
      input.startsAt !== undefined ? input.startsAt : session.startsAt,
      input.endsAt !== undefined ? input.endsAt : session.endsAt,
      event,
    );
  }
  await checkRelated(session.eventId, {
    trackId: changed.includes("trackId") ? input.trackId : undefined,
    microlocationId: changed.includes("microlocationId") ? input.microlocationId : undefined,
    sessionTypeId: changed.includes("sessionTypeId") ? input.sessionTypeId : undefined,
  });

  // The form is read only when the input changes one of its fields (a state change does not).
  const sessionForm = formKeys("session");
  let answers = {};
  if (changed.some((key) => sessionForm.has(key))) {
    const definition = await loadFormDefinition(session.eventId, "session");
    answers = checkAgainstForm(definition, "session", input, { stored: session, audience: abilities.organizer || abilities.reviewer ? "organizer" : "speaker" });
    // What the public schedule shows of a scheduled session (public answers too) is the organizers'.
    if (!abilities.organizer && onPublicSchedule(session.state)) {
      const shown = changedAnswers(session.complexFieldValues, input.complexFieldValues).find((id) => publicFieldIdentifiers(definition, "session").has(id));
      if (shown) {
        throw new AppError("FORBIDDEN", `Only organizers can change the public answer "${shown}" of ${sessionInState(session.state)}`, {
          field: ["complexFieldValues", shown],
        });
      }
    }
  }

  const speakers = options.speakerIds ? await planSpeakerChange(actor, session, abilities, "replace", options.speakerIds) : undefined;

  const now = new Date();
  const { complexFieldValues: _answers, ...fields } = input;
  const updated = await db.$transaction(async (tx) => {
    if (speakers) await applySpeakerChange(tx, speakers);
    return tx.session.update({
      where: { id: session.id },
      data: {
        ...richTextColumns("session", fields),
        ...answerColumns(answers),
        ...(transition?.name === "submit" ? { submittedAt: now } : {}),
        ...(changed.length || (speakers && hasChanges(speakers)) ? { lastModifiedAt: now } : {}),
      },
      include: sessionInclude(actor, options.include),
    });
  });
  await announceSessionChange(session, updated, actor?.id, { bySpeaker, edited });
  return finishSessions([updated])[0] as SessionRecord;
}
