"use server";

import { revalidatePath } from "next/cache";
import { requireSessionActor } from "../auth/session";
import { actionFailure, type ActionResult } from "../forms/action-result";
import { RELATIONSHIP_FIELDS } from "../sessions/rules";
import { proposalSchema } from "./schemas";
import { submitProposal } from "./submit-proposal";
// For its effect: registers the resource declarations the services below load through.
import "../api/resources";

/** The public "Propose a session" form: answers the new session's id, or messages per field. */
export async function submitProposalAction(identifier: string, values: unknown): Promise<ActionResult<{ id: number }>> {
  const actor = await requireSessionActor(`/e/${encodeURIComponent(identifier)}/propose`);
  try {
    const { sessionId } = await submitProposal(actor, identifier, proposalSchema.parse(values));
    revalidatePath("/", "layout");
    return { ok: true, data: { id: sessionId } };
  } catch (error) {
    return actionFailure(error, { notFound: "This event does not exist or does not take proposals.", rename: RELATIONSHIP_FIELDS });
  }
}
