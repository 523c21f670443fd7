import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";
import type { CustomFormOption } from "../generated/prisma/client";
import { CHOICE_TYPES } from "./fields";
import type { CreateCustomFormOptionInput } from "./schemas";
import { manageableCustomForm } from "./update-custom-form";

/** The refusal of a second option with the same value in one field. */
export const duplicateOption = (value: string) => new AppError("CONFLICT", `"${value}" is already an option of this field`, { field: "value" });

/**
 * Adds an option to a select or checkbox field (`POST /v1/custom-form-options` with the
 * relationship `custom-form`), co-organizers and up; at the end unless a position is given.
 */
export async function createCustomFormOption(actor: Actor, customFormId: string | number, input: CreateCustomFormOptionInput): Promise<CustomFormOption> {
  const field = await manageableCustomForm(actor, customFormId);
  if (!CHOICE_TYPES.has(field.type)) {
    throw new AppError("UNPROCESSABLE", "Only select and checkbox fields have options", { relationship: "customForm" });
  }
  if (field.options.some((option) => option.value === input.value)) throw duplicateOption(input.value);
  const last = field.options.reduce((max, option) => Math.max(max, option.position), -1);
  return db.customFormOption.create({ data: { customFormId: field.id, value: input.value, position: input.position ?? last + 1 } });
}
