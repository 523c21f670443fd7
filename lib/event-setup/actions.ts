"use server";

import { revalidatePath } from "next/cache";
import { requireSessionActor } from "../auth/session";
import { actionFailure, type ActionResult } from "../forms/action-result";
import type { EventSetup } from "./load";
import { saveEventSetup } from "./save-event-setup";
import type { EventSetupInput } from "./schemas";
// For its effect: registers the resource declarations the services below load through.
import "../api/resources";

/**
 * The setup page's one request: the whole form goes to `saveEventSetup`, which validates it
 * with the same schema as the form and applies it in one transaction. Errors come back keyed
 * by the form's field paths (`tracks.2.name`, or `microlocations` for the list as a whole) so
 * the form shows each one beside its entry.
 */

export async function saveEventSetupAction(idOrIdentifier: string, input: EventSetupInput): Promise<ActionResult<EventSetup>> {
  const actor = await requireSessionActor(`/events/${encodeURIComponent(idOrIdentifier)}/setup`);
  try {
    const data = await saveEventSetup(actor, idOrIdentifier, input);
    // Overview counts, session forms and the public schedule show these lists.
    revalidatePath("/", "layout");
    return { ok: true, data };
  } catch (error) {
    return actionFailure(error, { notFound: "This event does not exist or you may not change it." });
  }
}
