import type { Actor } from "../auth/actor";
import { answerColumns, checkAgainstForm, richTextColumns } from "../custom-forms/check-answers";
import { loadFormDefinition } from "../custom-forms/load-form";
import { checkProposalWindow } from "../custom-forms/proposal-window";
import { db } from "../db";
import { AppError } from "../errors";
import { getEventAccess, requireUser, sessionAbilities, type EventAccess } from "./access";
import { announceSessionChange } from "./announce-session";
import { finishSessions, sessionInclude, type LoadOptions, type SessionRecord } from "./load";
import { checkRelated, checkSchedule, memberOf, sourceOf } from "./rules";
import type { CreateSessionInput } from "./schemas";
import { checkNewSessionSpeakers } from "./session-speakers";
import { PROPOSAL_STATES } from "./states";

/** A proposal goes to a published event that takes them (`isSessionsSpeakersEnabled`). */
export function checkTakesProposals(event: Pick<EventAccess, "state" | "isSessionsSpeakersEnabled">): void {
  if (event.state !== "published" || !event.isSessionsSpeakersEnabled) throw new AppError("FORBIDDEN", "This event does not accept session proposals");
}

/** What only organizers decide when a session is created: scheduling, locking, notes. */
const ORGANIZER_ONLY = ["startsAt", "endsAt", "microlocationId", "comments", "isLocked"] as const;

/**
 * Creates a session of an event. Organizers may create any session. Any other signed-in user
 * may propose one to a published event that takes proposals (`isSessionsSpeakersEnabled`): it
 * starts as a draft or pending, unscheduled and unlocked, and they become its creator (which
 * makes it theirs to edit). Submitting directly (pending) stamps `submittedAt`. Speakers given
 * with it are linked in the same statement, by the rules of session-speakers.ts (anyone but an
 * organizer links only their own speaker profile). A proposal is taken only while the event's call
 * for speakers is open (proposal-window.ts). The session is checked against the event's session
 * form (lib/custom-forms): required fields, and the custom answers by type.
 */
export async function createEventSession(
  actor: Actor,
  eventIdOrIdentifier: string,
  input: CreateSessionInput,
  options: LoadOptions & {
    /** false: the caller announces the session itself once it is complete (a proposal links its speaker first). */
    announce?: boolean;
    speakerIds?: readonly number[];
    /** The secret of a private call for speakers' link, which a proposal to such a call needs. */
    callHash?: string;
  } = {},
): Promise<SessionRecord> {
  const user = requireUser(actor, "Sign in to propose a session");
  const event = await getEventAccess(actor, eventIdOrIdentifier);
  const { organizer } = sessionAbilities(actor, event.actorRoles, true);
  if (!organizer) {
    checkTakesProposals(event);
    if (!(PROPOSAL_STATES as readonly string[]).includes(input.state)) {
      throw new AppError("FORBIDDEN", "A proposal starts as draft or pending", sourceOf("state"));
    }
    const denied = ORGANIZER_ONLY.find((key) => input[key] !== undefined && input[key] !== null && input[key] !== false);
    if (denied) throw new AppError("FORBIDDEN", `Only organizers can set ${memberOf(denied)}`, sourceOf(denied));
    await checkProposalWindow(event.id, { hash: options.callHash });
  }
  const answers = checkAgainstForm(await loadFormDefinition(event.id, "session"), "session", input, { audience: organizer ? "organizer" : "speaker" });
  checkSchedule(input.startsAt ?? null, input.endsAt ?? null, event);
  await checkRelated(event.id, input);
  const speakerIds = [...new Set(options.speakerIds ?? [])];
  await checkNewSessionSpeakers(actor, event.id, organizer, options.speakerIds ?? []);

  const now = new Date();
  const { complexFieldValues: _answers, ...fields } = input;
  const created = await db.session.create({
    data: {
      ...richTextColumns("session", fields),
      ...answerColumns(answers),
      eventId: event.id,
      creatorId: user.id,
      submittedAt: input.state === "draft" ? null : now,
      lastModifiedAt: now,
      ...(speakerIds.length ? { speakers: { create: speakerIds.map((speakerId) => ({ speakerId })) } } : {}),
    },
    include: sessionInclude(actor, options.include),
  });
  if (options.announce !== false) await announceSessionChange(null, created, user.id);
  return finishSessions([created])[0] as SessionRecord;
}
