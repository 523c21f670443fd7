"use server";

import { revalidatePath } from "next/cache";
import { requireSessionActor } from "../auth/session";
import { actionFailure, type ActionResult } from "../forms/action-result";
import type { FormField } from "./form-schema";
import { toFormField } from "./get-form-definition";
import { saveForm } from "./save-form";
import { saveFormSchema } from "./schemas";
// For its effect: registers the resource declarations the services below load through.
import "../api/resources";

/**
 * The form builder's "Save": one form of the event, every field in order, in one transaction
 * (lib/custom-forms/save-form.ts). Answers the stored fields, or each refusal at
 * `fields.<index>.<key>` beside the builder's field.
 */
export async function saveFormAction(eventId: string, input: unknown): Promise<ActionResult<{ fields: FormField[] }>> {
  const actor = await requireSessionActor(`/events/${encodeURIComponent(eventId)}/forms`);
  try {
    const rows = await saveForm(actor, eventId, saveFormSchema.parse(input));
    // The proposal page, the session and speaker forms and public pages read the forms.
    revalidatePath("/", "layout");
    return { ok: true, data: { fields: rows.map(toFormField) } };
  } catch (error) {
    return actionFailure(error, { notFound: "This event does not exist or you may not change its forms." });
  }
}
