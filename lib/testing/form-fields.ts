import { defaultFormRows } from "../custom-forms/fields";
import type { FormField } from "../custom-forms/form-schema";

/** An event's default form rows as the builder and the rendered forms read them. */
export function defaultFormFields(): FormField[] {
  return defaultFormRows().map((row) => ({ ...row, description: null, min: null, max: null, options: [] }));
}

/** A custom speaker field, named as its identifier: optional, included, private, at position 100, unless `overrides` say otherwise. */
export function customField(overrides: Partial<FormField> & Pick<FormField, "fieldIdentifier">): FormField {
  return {
    form: "speaker",
    name: overrides.fieldIdentifier,
    type: "text",
    description: null,
    isRequired: false,
    isIncluded: true,
    isPublic: false,
    isFixed: false,
    isComplex: true,
    position: 100,
    min: null,
    max: null,
    options: [],
    ...overrides,
  };
}
