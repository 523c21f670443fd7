import type { Actor } from "../auth/actor";
import type { CustomFormOption } from "../generated/prisma/client";
import { getCustomForm } from "./get-custom-form";

/** The options of a field the actor may see (`GET /v1/custom-forms/{id}/custom-form-options`), in order. */
export async function findCustomFormOptions(actor: Actor, customFormId: string | number): Promise<CustomFormOption[]> {
  const field = await getCustomForm(actor, customFormId);
  return field.options;
}
