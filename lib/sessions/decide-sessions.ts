import type { Actor } from "../auth/actor";
import { AppError, pathOf } from "../errors";
import { getEvent } from "../events/get-event";
import { findEventSessions } from "./find-sessions";
import type { DecideSessionsInput } from "./schemas";
import { updateSession } from "./update-session";

/** The decisions the sessions list offers for several sessions at once. */
export type BulkDecision = DecideSessionsInput["state"];

export interface BulkOutcome {
  /** Sessions whose state changed, by title. */
  changed: { id: number; title: string }[];
  /** Sessions already in the wanted state (nothing to do, not a failure). */
  unchanged: { id: number; title: string }[];
  /** Sessions that could not be changed, each with the reason in words. */
  failed: { id: number; title: string | null; reason: string }[];
  /** One sentence for the live region, e.g. "2 accepted, 1 could not be: 'X' is rejected". */
  message: string;
}

function bulkMessage(verb: BulkDecision, outcome: Omit<BulkOutcome, "message">): string {
  const parts = [`${outcome.changed.length} ${verb}`];
  if (outcome.unchanged.length) parts.push(`${outcome.unchanged.length} already ${verb}`);
  if (outcome.failed.length) {
    parts.push(`${outcome.failed.length} could not be: ${outcome.failed.map((failure) => failure.reason).join("; ")}`);
  }
  return parts.join(", ");
}

/**
 * Accepts or rejects the selected sessions of one event. Each session goes through
 * `updateSession` on its own, so each transition is checked against the state table and the
 * caller's rights exactly as a single change would be; one that cannot move (a rejected session
 * cannot be accepted) is reported by title and state and leaves the others alone. Sessions are
 * looked up within the event first, so an id of another event is reported, never changed.
 * An event the actor may not review is NOT_FOUND.
 */
export async function decideSessions(actor: Actor, eventId: string, input: DecideSessionsInput): Promise<BulkOutcome> {
  const ids = [...new Set(input.sessionIds)];
  const target = input.state;
  // Deciding is for the event's reviewers; anyone else learns nothing about the event.
  const event = await getEvent(actor, eventId, "session.review");
  const { items } = await findEventSessions(actor, String(event.id), {
    where: { id: { in: ids } },
    include: {},
    orderBy: [],
    page: { size: ids.length, number: 1 },
  });
  const byId = new Map(items.map((session) => [session.id, session]));
  const outcome: Omit<BulkOutcome, "message"> = { changed: [], unchanged: [], failed: [] };
  for (const id of ids) {
    const session = byId.get(id);
    if (!session) {
      outcome.failed.push({ id, title: null, reason: `session ${id} is not part of this event` });
      continue;
    }
    const ref = { id, title: session.title };
    if (session.state === target) {
      outcome.unchanged.push(ref);
      continue;
    }
    try {
      await updateSession(actor, String(id), { state: target });
      outcome.changed.push(ref);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const reason =
        error.code === "UNPROCESSABLE" && error.source?.field !== undefined && pathOf(error.source.field)[0] === "state"
          ? `'${session.title}' is ${session.state}`
          : `'${session.title}': ${error.detail}`;
      outcome.failed.push({ ...ref, reason });
    }
  }
  return { ...outcome, message: bulkMessage(target, outcome) };
}
