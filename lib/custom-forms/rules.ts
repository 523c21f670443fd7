import type { FieldPath } from "../errors";
import type { Issue } from "../jsonapi/errors";
import { builtInField, CHOICE_TYPES, FIELD_IDENTIFIER_PATTERN, isFieldType, type FormKind } from "./fields";

/**
 * The rules of a form field, shared by the single writes (create/update-custom-form.ts) and the
 * builder's save (save-form.ts), each broken rule an issue at its field.
 */

/** A field as it would be stored. */
export interface FieldState {
  form: FormKind;
  fieldIdentifier: string;
  type: string;
  name: string | null;
  isRequired: boolean;
  isIncluded: boolean;
  min: number | null;
  max: number | null;
  /** How many options it would have. */
  options: number;
}

export const IDENTIFIER_RULE = "Must start with a letter and hold only letters, digits, - and _ (at most 64)";

/**
 * Every rule `field` breaks, each at `at(key)`. `optionsAt` is where having options is wrong:
 * at `options` when they are given with the field, at `type` when stored ones stay and the type
 * changes.
 */
export function fieldIssues(field: FieldState, at: (key: string) => FieldPath, optionsAt: "options" | "type" = "options"): Issue[] {
  const issues: Issue[] = [];
  const issue = (key: string, detail: string) => issues.push({ detail, field: at(key) });
  const builtIn = builtInField(field.form, field.fieldIdentifier);
  if (!isFieldType(field.type)) {
    issue("type", "Unknown type; must be one of: text, paragraph, richtextlink, email, url, number, year, select, checkbox, boolean, image, file");
  } else if (builtIn && field.type !== builtIn.type) {
    issue("type", `The ${builtIn.name} field is a column of the ${field.form}: its type is always ${builtIn.type}`);
  }
  if (!builtIn) {
    if (!FIELD_IDENTIFIER_PATTERN.test(field.fieldIdentifier)) issue("fieldIdentifier", IDENTIFIER_RULE);
    if (!field.name) issue("name", "Name is required");
  }
  if (builtIn?.isFixed) {
    if (!field.isIncluded) issue("isIncluded", `${builtIn.name} is always part of the ${field.form} form`);
    if (!field.isRequired) issue("isRequired", `${builtIn.name} is always required`);
  }
  if (field.min !== null && field.max !== null && field.min > field.max) issue("max", `Must not be less than min (${field.min})`);
  if (field.options > 0 && !CHOICE_TYPES.has(field.type)) issue(optionsAt, "Only select and checkbox fields have options");
  return issues;
}
