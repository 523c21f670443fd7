"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireSessionActor } from "../auth/session";
import { actionFailure, type ActionResult } from "../forms/action-result";
import { rowIdNumber } from "../jsonapi/input";
import { createEventSession } from "./create-session";
import { decideSessions, type BulkOutcome } from "./decide-sessions";
import { deleteSession } from "./delete-session";
import { createSessionSchema, decideSessionsSchema, updateSessionSchema } from "./schemas";
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

/**
 * Accepts or rejects the selected sessions of one event (decide-sessions.ts); the outcome names
 * each session that could not be changed and why.
 */
export async function bulkSessionStateAction(eventId: string, sessionIds: unknown, state: unknown): Promise<ActionResult<BulkOutcome>> {
  const actor = await requireSessionActor(dashboardPath(eventId));
  const parsed = decideSessionsSchema.safeParse({ sessionIds, state });
  if (!parsed.success) return { ok: false, fieldErrors: {}, formError: parsed.error.issues[0]?.message ?? "Invalid selection" };
  try {
    const outcome = await decideSessions(actor, eventId, parsed.data);
    if (outcome.changed.length) refreshPages();
    return { ok: true, data: outcome };
  } catch (error) {
    return failure(error, NOT_FOUND_EVENT);
  }
}
