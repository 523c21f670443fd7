"use server";

import { revalidatePath } from "next/cache";
import { requireSessionActor } from "../auth/session";
import { actionFailure, type ActionResult } from "../forms/action-result";
import { restoreEvent } from "./restore-event";
// For its effect: registers the resource declarations the services below load through.
import "../api/resources";

/** Restores a deleted event from the admin events list (admins only, decided by the service). */
export async function restoreEventAction(idOrIdentifier: string): Promise<ActionResult> {
  const actor = await requireSessionActor("/admin/events");
  try {
    await restoreEvent(actor, idOrIdentifier);
  } catch (error) {
    return actionFailure(error, { notFound: "This event does not exist." });
  }
  revalidatePath("/", "layout");
  return { ok: true };
}
