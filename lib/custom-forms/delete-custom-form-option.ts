import type { Actor } from "../auth/actor";
import { db } from "../db";
import { manageableOption } from "./update-custom-form-option";

/** Removes an option (`DELETE /v1/custom-form-options/{id}`), co-organizers and up. */
export async function deleteCustomFormOption(actor: Actor, id: string | number): Promise<void> {
  const stored = await manageableOption(actor, id);
  await db.customFormOption.delete({ where: { id: stored.id } });
}
