import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import type { CustomFormOption } from "../generated/prisma/client";
import { rowIdOrNotFound } from "../jsonapi/input";
import { formWriteScope, requireSignedIn } from "./access";
import { duplicateOption } from "./create-custom-form-option";
import type { UpdateCustomFormOptionInput } from "./schemas";

/** The stored option the actor may change; else NOT_FOUND. */
export async function manageableOption(actor: Actor, id: string | number): Promise<CustomFormOption> {
  requireSignedIn(actor);
  const row = await db.customFormOption.findFirst({ where: { id: rowIdOrNotFound(id, "Custom form option"), customForm: formWriteScope(actor) } });
  if (!row) throw notFound("Custom form option");
  return row;
}

/**
 * Changes an option's value or position (`PATCH /v1/custom-form-options/{id}`), co-organizers and
 * up. Answers that chose the old value keep it (they are the speaker's words).
 */
export async function updateCustomFormOption(
  actor: Actor,
  id: string | number,
  input: UpdateCustomFormOptionInput & { customFormId?: number },
  options: { expectedId?: string } = {},
): Promise<CustomFormOption> {
  const stored = await manageableOption(actor, id);
  if (options.expectedId !== undefined && options.expectedId !== String(stored.id)) {
    throw new AppError("CONFLICT", "data.id does not match the custom form option in the URL", { pointer: "/data/id" });
  }
  if (input.customFormId !== undefined && input.customFormId !== stored.customFormId) {
    throw new AppError("UNPROCESSABLE", "An option cannot move to another field", { relationship: "customForm" });
  }
  const { customFormId: _field, ...changes } = input;
  if (input.value !== undefined && input.value !== stored.value) {
    const taken = await db.customFormOption.findFirst({ where: { customFormId: stored.customFormId, value: input.value }, select: { id: true } });
    if (taken) throw duplicateOption(input.value);
  }
  return db.customFormOption.update({ where: { id: stored.id }, data: changes });
}
