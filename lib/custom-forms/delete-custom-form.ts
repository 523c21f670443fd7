import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";
import { builtInField } from "./fields";
import { refreshPublicAnswers } from "./public-answers";
import { manageableCustomForm } from "./update-custom-form";

/**
 * Removes a custom field and its options (`DELETE /v1/custom-forms/{id}`), co-organizers and up.
 * The answers stay with the sessions or speakers (a field added again under the identifier finds
 * them) but are no longer public. A built-in field is a column: it cannot be deleted (409), only
 * left out of the form.
 */
export async function deleteCustomForm(actor: Actor, id: string | number): Promise<void> {
  const stored = await manageableCustomForm(actor, id);
  const builtIn = builtInField(stored.form, stored.fieldIdentifier);
  if (builtIn) {
    throw new AppError("CONFLICT", `${builtIn.name} is a built-in field: it cannot be deleted; leave it out of the form instead (is-included false)`);
  }
  await db.$transaction(async (tx) => {
    await tx.customForm.delete({ where: { id: stored.id } });
    await refreshPublicAnswers(stored.eventId, stored.form, tx);
  });
}
