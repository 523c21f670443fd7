"use server";

import { revalidatePath } from "next/cache";
import { requireSessionActor } from "../auth/session";
import { actionFailure, type ActionResult } from "../forms/action-result";
import { RELATIONSHIP_FIELDS } from "../sessions/rules";
import { editMyProposal, updateMySpeakerProfile, withdrawMyProposal } from "./edit-my-proposal";
// For its effect: registers the resource declarations the services below load through.
import "../api/resources";

/**
 * Server actions of "My sessions": the speaker changes a proposal, withdraws it, or changes their
 * speaker profile. Every refusal comes back beside its field (`complexFieldValues.<identifier>`
 * for a custom answer, `trackId`/`sessionTypeId` for the relationships) or at form level (a
 * closed call, a locked session, a transition the table does not allow).
 */

const NOT_FOUND_SESSION = "This session does not exist or is not yours.";
const NOT_FOUND_SPEAKER = "This speaker profile does not exist or is not yours.";

const refreshPages = () => revalidatePath("/", "layout");

/** Saves the proposal form (`myProposalSchema`'s fields). */
export async function editMyProposalAction(sessionId: string, values: unknown): Promise<ActionResult> {
  const actor = await requireSessionActor(`/my-sessions/${encodeURIComponent(sessionId)}`);
  try {
    await editMyProposal(actor, sessionId, values);
    refreshPages();
    return { ok: true };
  } catch (error) {
    return actionFailure(error, { notFound: NOT_FOUND_SESSION, rename: RELATIONSHIP_FIELDS });
  }
}

/** Withdraws the proposal. */
export async function withdrawMyProposalAction(sessionId: string): Promise<ActionResult> {
  const actor = await requireSessionActor(`/my-sessions/${encodeURIComponent(sessionId)}`);
  try {
    await withdrawMyProposal(actor, sessionId);
    refreshPages();
    return { ok: true };
  } catch (error) {
    return actionFailure(error, { notFound: NOT_FOUND_SESSION, fields: [] });
  }
}

/** Saves the speaker profile form (`mySpeakerProfileSchema`'s fields). */
export async function updateMySpeakerProfileAction(speakerId: string, values: unknown): Promise<ActionResult> {
  const actor = await requireSessionActor("/my-sessions");
  try {
    await updateMySpeakerProfile(actor, speakerId, values);
    refreshPages();
    return { ok: true };
  } catch (error) {
    return actionFailure(error, { notFound: NOT_FOUND_SPEAKER });
  }
}
