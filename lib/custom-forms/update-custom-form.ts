import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { DocumentValidationError, type Issue } from "../jsonapi/errors";
import { rowIdOrNotFound } from "../jsonapi/input";
import { formWriteScope, requireSignedIn, withOptions, type CustomFormRecord } from "./access";
import { builtInField } from "./fields";
import { refreshPublicAnswers } from "./public-answers";
import { fieldIssues } from "./rules";
import type { UpdateCustomFormInput } from "./schemas";

/** The stored field the actor may change, with its options; else NOT_FOUND. */
export async function manageableCustomForm(actor: Actor, id: string | number): Promise<CustomFormRecord> {
  requireSignedIn(actor);
  const row = await db.customForm.findFirst({ where: { AND: [{ id: rowIdOrNotFound(id, "Custom form") }, formWriteScope(actor)] }, include: withOptions });
  if (!row) throw notFound("Custom form");
  return row;
}

/**
 * Changes a field (`PATCH /v1/custom-forms/{id}`), co-organizers and up: its name, description,
 * type (a custom field's), inclusion, requirement, publicity, position and bounds, by the rules
 * of rules.ts. Its identifier and form stay: the answers are kept under the identifier, and a
 * built-in field's names a column.
 */
export async function updateCustomForm(
  actor: Actor,
  id: string | number,
  input: UpdateCustomFormInput & { eventId?: number },
  options: { expectedId?: string; include?: Prisma.CustomFormInclude } = {},
): Promise<CustomFormRecord> {
  const stored = await manageableCustomForm(actor, id);
  if (options.expectedId !== undefined && options.expectedId !== String(stored.id)) {
    throw new AppError("CONFLICT", "data.id does not match the custom form in the URL", { pointer: "/data/id" });
  }
  const issues: Issue[] = [];
  if (input.fieldIdentifier !== undefined && input.fieldIdentifier !== stored.fieldIdentifier) {
    issues.push({ detail: "A field's identifier cannot change: its answers are kept under it. Add a new field instead", field: "fieldIdentifier" });
  }
  if (input.form !== undefined && input.form !== stored.form) issues.push({ detail: "A field cannot move to the other form", field: "form" });
  if (input.eventId !== undefined && input.eventId !== stored.eventId) issues.push({ detail: "A field cannot move to another event", relationship: "event" });
  const { fieldIdentifier: _identifier, form: _form, eventId: _event, name, ...changes } = input;
  const next = { ...stored, ...Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)), name: name === undefined ? stored.name : name };
  issues.push(...fieldIssues({ ...next, options: stored.options.length }, (key) => key, "type"));
  if (issues.length) throw new DocumentValidationError(issues);

  return db.$transaction(async (tx) => {
    const updated = await tx.customForm.update({
      where: { id: stored.id },
      // A built-in field without a name of its own keeps its catalogue name.
      data: { ...changes, name: next.name ?? builtInField(stored.form, stored.fieldIdentifier)?.name ?? stored.name },
      include: { ...withOptions, ...options.include },
    });
    if (stored.isComplex && (updated.isPublic !== stored.isPublic || updated.isIncluded !== stored.isIncluded)) {
      await refreshPublicAnswers(stored.eventId, stored.form, tx);
    }
    return updated;
  });
}
