import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { DocumentValidationError, type Issue } from "../jsonapi/errors";
import { eventIdFor, requireSignedIn, withOptions, type CustomFormRecord } from "./access";
import { builtInField } from "./fields";
import { refreshPublicAnswers } from "./public-answers";
import { fieldIssues } from "./rules";
import type { CreateCustomFormInput } from "./schemas";

/** Issues of a list of option values: each must differ from the ones before it. */
export function optionIssues(values: readonly string[], at: (index: number) => (string | number)[]): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  values.forEach((value, index) => {
    if (seen.has(value)) issues.push({ detail: `"${value}" is already an option`, field: at(index) });
    seen.add(value);
  });
  return issues;
}

/**
 * Adds a field to one of an event's forms (`POST /v1/custom-forms`), co-organizers and up. A
 * built-in field's identifier makes it the column's field (its type and default settings);
 * any other is a custom field answered in `complex-field-values`. `is-complex` and `is-fixed`
 * follow from that and are never taken from the input. A select or checkbox field may bring
 * its options. A second field with the same identifier in the form is a 409.
 */
export async function createCustomForm(
  actor: Actor,
  eventIdOrIdentifier: string | number,
  input: CreateCustomFormInput,
  options: { include?: Prisma.CustomFormInclude } = {},
): Promise<CustomFormRecord> {
  requireSignedIn(actor);
  const eventId = await eventIdFor(actor, eventIdOrIdentifier, "content.manage");
  const builtIn = builtInField(input.form, input.fieldIdentifier);
  const values = input.options ?? [];
  const field = {
    form: input.form,
    fieldIdentifier: input.fieldIdentifier,
    type: input.type ?? builtIn?.type ?? "text",
    name: input.name ?? builtIn?.name ?? null,
    description: input.description ?? null,
    isRequired: input.isRequired ?? builtIn?.isRequired ?? false,
    isIncluded: input.isIncluded ?? builtIn?.isIncluded ?? false,
    isPublic: input.isPublic ?? builtIn?.isPublic ?? false,
    min: input.min ?? null,
    max: input.max ?? null,
  };
  const issues = [...fieldIssues({ ...field, options: values.length }, (key) => key), ...optionIssues(values, (index) => ["options", index])];
  if (issues.length) throw new DocumentValidationError(issues);

  const taken = await db.customForm.findFirst({ where: { eventId, form: field.form, fieldIdentifier: field.fieldIdentifier }, select: { id: true } });
  if (taken) {
    throw new AppError("CONFLICT", `The ${field.form} form already has a field "${field.fieldIdentifier}"`, { field: "fieldIdentifier" });
  }
  return db.$transaction(async (tx) => {
    const last = await tx.customForm.aggregate({ where: { eventId, form: field.form }, _max: { position: true } });
    const created = await tx.customForm.create({
      data: {
        ...field,
        name: field.name ?? field.fieldIdentifier,
        eventId,
        isFixed: builtIn?.isFixed ?? false,
        isComplex: !builtIn,
        position: input.position ?? (last._max.position ?? -1) + 1,
        options: { create: values.map((value, position) => ({ value, position })) },
      },
      include: { ...withOptions, ...options.include },
    });
    // Answers kept from an earlier field of this identifier may now be public.
    if (!builtIn) await refreshPublicAnswers(eventId, field.form, tx);
    return created;
  });
}
