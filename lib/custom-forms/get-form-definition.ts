import type { Actor } from "../auth/actor";
import type { CustomFormRecord } from "./access";
import type { FormKind } from "./fields";
import { findCustomForms } from "./find-custom-forms";
import type { FormField } from "./form-schema";

/** A custom-form row as the schema builder and the forms read it. */
export function toFormField(row: CustomFormRecord): FormField {
  return {
    form: row.form,
    fieldIdentifier: row.fieldIdentifier,
    name: row.name,
    type: row.type,
    description: row.description,
    isRequired: row.isRequired,
    isIncluded: row.isIncluded,
    isPublic: row.isPublic,
    isFixed: row.isFixed,
    isComplex: row.isComplex,
    position: row.position,
    min: row.min,
    max: row.max,
    options: row.options.map((option) => option.value),
  };
}

/**
 * An event's form definition as the actor may see it (its team every field, anyone else the
 * included ones), for `buildFormSchema` and the rendering of the dashboard's session and speaker
 * forms and the proposal page. NOT_FOUND for an event the actor cannot see.
 */
export async function getFormDefinition(actor: Actor, eventIdOrIdentifier: string | number, form?: FormKind): Promise<FormField[]> {
  const { items } = await findCustomForms(actor, eventIdOrIdentifier, { form });
  return items.map(toFormField);
}
