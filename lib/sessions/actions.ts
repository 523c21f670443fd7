"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireSessionActor } from "../auth/session";
import { AppError, pathOf } from "../errors";
import { getEvent } from "../events/get-event";
import { actionFailure, type ActionResult } from "../forms/action-result";
import { rowIdNumber } from "../jsonapi/input";
import { createEventSession } from "./create-session";
import { deleteSession } from "./delete-session";
import { findEventSessions } from "./find-sessions";
import { createSessionSchema, updateSessionSchema } from "./schemas";
import { RELATIONSHIP_FIELDS } from "./rules";
import { SESSION_STATES, type SessionState } from "./states";
import { updateSession } from "./update-session";
// For its effect: registers the resource declarations the services below load through.
import "../api/resources";

/**
 * Server actions of the organizer dashboard's sessions pages: the browser's edge to the same
 * services the /v1 routes call (authorisation lives there). Inputs are parsed again with the
 * shared schemas (an action is reachable by direct POST), and every known failure comes back
 * keyed by the form's field names (lib/forms/action-result.ts).
 */

const NOT_FOUND_SESSION = "This session does not exist or you may not change it.";
const NOT_FOUND_EVENT = "This event does not exist or you may not change it.";

const failure = (error: unknown, notFound: string) => actionFailure(error, { notFound, rename: RELATIONSHIP_FIELDS });

const speakerIdsSchema = z.array(rowIdNumber, { message: "Pick speakers from the list" }).max(100, "At most 100 speakers per session");

// Dashboard lists, the overview counts and the public schedule all show sessions.
const refreshPages = () => revalidatePath("/", "layout");

const dashboardPath = (eventId: string, rest = "") => `/events/${encodeURIComponent(eventId)}/sessions${rest}`;

/** Creates a session and links its speakers; answers the new session's id. */
export async function createSessionAction(
  eventId: string,
  input: unknown,
  speakerIds: unknown = [],
): Promise<ActionResult<{ id: number }>> {
  const actor = await requireSessionActor(dashboardPath(eventId, "/new"));
  try {
    const data = createSessionSchema.parse(input);
    // Linked with the session in one statement: a refused speaker leaves no session behind.
    const created = await createEventSession(actor, eventId, data, { speakerIds: speakerIdsSchema.parse(speakerIds) });
    refreshPages();
    return { ok: true, data: { id: created.id } };
  } catch (error) {
    return failure(error, NOT_FOUND_EVENT);
  }
}

/**
 * Saves the edit form: the session's fields (never its state, which moves only through the
 * transition buttons) and, when given, its whole list of speakers.
 */
export async function updateSessionAction(sessionId: string, input: unknown, speakerIds?: unknown): Promise<ActionResult> {
  const actor = await requireSessionActor();
  try {
    const data = updateSessionSchema.parse(input);
    delete data.state;
    // The fields and the speakers change together or not at all.
    await updateSession(actor, sessionId, data, { speakerIds: speakerIds === undefined ? undefined : speakerIdsSchema.parse(speakerIds) });
    refreshPages();
    return { ok: true };
  } catch (error) {
    return failure(error, NOT_FOUND_SESSION);
  }
}

const stateSchema = z.enum(SESSION_STATES, { message: "Unknown session state" });

/** One transition (Accept, Reject, Confirm, …); the service checks it against the state table. */
export async function setSessionStateAction(sessionId: string, state: unknown): Promise<ActionResult<{ state: SessionState }>> {
  const actor = await requireSessionActor();
  try {
    const updated = await updateSession(actor, sessionId, { state: stateSchema.parse(state) });
    refreshPages();
    return { ok: true, data: { state: updated.state } };
  } catch (error) {
    return failure(error, NOT_FOUND_SESSION);
  }
}

export async function deleteSessionAction(sessionId: string): Promise<ActionResult> {
  const actor = await requireSessionActor();
  try {
    await deleteSession(actor, sessionId);
    refreshPages();
    return { ok: true };
  } catch (error) {
    return failure(error, NOT_FOUND_SESSION);
  }
}

/** The decisions the sessions list offers for several sessions at once. */
export type BulkDecision = "accepted" | "rejected";

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

const bulkSchema = z.object({
  sessionIds: z.array(rowIdNumber).min(1, "Select at least one session").max(100),
  state: z.enum(["accepted", "rejected"]),
});

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
 */
export async function bulkSessionStateAction(eventId: string, sessionIds: unknown, state: unknown): Promise<ActionResult<BulkOutcome>> {
  const actor = await requireSessionActor(dashboardPath(eventId));
  const parsed = bulkSchema.safeParse({ sessionIds, state });
  if (!parsed.success) return { ok: false, fieldErrors: {}, formError: parsed.error.issues[0]?.message ?? "Invalid selection" };
  const ids = [...new Set(parsed.data.sessionIds)];
  const target = parsed.data.state;
  try {
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
    if (outcome.changed.length) refreshPages();
    return { ok: true, data: { ...outcome, message: bulkMessage(target, outcome) } };
  } catch (error) {
    return failure(error, NOT_FOUND_EVENT);
  }
}
