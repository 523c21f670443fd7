import { db } from "../db";
import { AppError } from "../errors";
import { callState, isCallOpen } from "./call-window";
import { hashMatches } from "./speakers-call-access";

/**
 * Whether a proposal (a session created by someone who does not organize the event) may be
 * made now: while the event's call for speakers is open, and for a private call only through its
 * link (`hash`). An event without a call takes proposals whenever it takes them at all
 * (`isSessionsSpeakersEnabled`), as before calls existed. One query.
 */
export async function checkProposalWindow(eventId: number, options: { hash?: string; now?: Date } = {}): Promise<void> {
  const call = await db.speakersCall.findUnique({ where: { eventId }, select: { startsAt: true, softEndsAt: true, endsAt: true, privacy: true, hash: true } });
  if (!call) return;
  if (call.privacy === "private" && !hashMatches(options.hash, call.hash)) {
    throw new AppError("FORBIDDEN", "This call for speakers is private: use the link the organizers shared");
  }
  const state = callState(call, options.now ?? new Date());
  if (state === "upcoming") throw new AppError("FORBIDDEN", `The call for speakers opens at ${call.startsAt.toISOString()}`);
  if (state === "closed") throw new AppError("FORBIDDEN", `The call for speakers closed at ${call.endsAt.toISOString()}`);
}

/**
 * Whether the event's call for speakers takes proposals now, whatever its privacy: a speaker
 * who already proposed needs no link to change their proposal while it is open. Without a call
 * an event takes proposals at any time (see checkProposalWindow). One query.
 */
export async function isCallOpenNow(eventId: number, now: Date = new Date()): Promise<boolean> {
  const call = await db.speakersCall.findUnique({ where: { eventId }, select: { startsAt: true, softEndsAt: true, endsAt: true } });
  return !call || isCallOpen(call, now);
}
