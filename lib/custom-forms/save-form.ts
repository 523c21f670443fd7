import type { Actor } from "../auth/actor";
import { db, type Tx } from "../db";
import type { CustomFormOption } from "../generated/prisma/client";
import { DocumentValidationError, type Issue } from "../jsonapi/errors";
import { eventIdFor, requireSignedIn, withOptions, type CustomFormRecord } from "./access";
import { optionIssues } from "./create-custom-form";
import { builtInField, builtInFields, fieldIdentifierFor, type BuiltInField } from "./fields";
import { refreshPublicAnswers } from "./public-answers";
import { fieldIssues, type FieldState } from "./rules";
import type { SaveFormInput } from "./schemas";

interface PlannedField {
  state: Omit<FieldState, "options"> & { description: string | null; isPublic: boolean };
  existing?: CustomFormRecord;
  builtIn?: BuiltInField;
  options: string[];
  optionsGiven: boolean;
}

/** A field's options become `values`, in that order: kept ones keep their rows (and ids). */
async function syncOptions(tx: Tx, fieldId: number, stored: readonly CustomFormOption[], values: readonly string[]): Promise<void> {
  const gone = stored.filter((option) => !values.includes(option.value));
  if (gone.length) await tx.customFormOption.deleteMany({ where: { id: { in: gone.map((option) => option.id) } } });
  for (const [position, value] of values.entries()) {
    const kept = stored.find((option) => option.value === value);
    if (!kept) await tx.customFormOption.create({ data: { customFormId: fieldId, value, position } });
    else if (kept.position !== position) await tx.customFormOption.update({ where: { id: kept.id }, data: { position } });
  }
}

/**
 * The builder's "save": the whole of one form at once, in one transaction (co-organizers and up).
 * `fields` lists every field in the order to show them: stored ones by identifier with their new
 * settings (what an entry leaves out stays), new custom ones with or without an identifier (one
 * is made from the name). Stored custom fields left out are deleted; every built-in field must be
 * listed. All rules (rules.ts) are checked first, each refusal at `["fields", <index>, <key>]`,
 * so nothing is written unless everything is valid. Answers the public may see follow.
 */
export async function saveForm(actor: Actor, eventIdOrIdentifier: string | number, input: SaveFormInput): Promise<CustomFormRecord[]> {
  requireSignedIn(actor);
  const eventId = await eventIdFor(actor, eventIdOrIdentifier, "content.manage");
  const { form } = input;
  const stored = await db.customForm.findMany({ where: { eventId, form, deletedAt: null }, include: withOptions });
  const byIdentifier = new Map(stored.map((row) => [row.fieldIdentifier, row]));
  const taken = new Set([...byIdentifier.keys(), ...builtInFields(form).map((field) => field.fieldIdentifier)]);
  for (const entry of input.fields) if (entry.fieldIdentifier) taken.add(entry.fieldIdentifier);

  const issues: Issue[] = [];
  const listedAt = new Map<string, number>();
  const planned = input.fields.map((entry, index): PlannedField => {
    const at = (key: string) => ["fields", index, key];
    let fieldIdentifier = entry.fieldIdentifier;
    if (!fieldIdentifier) {
      fieldIdentifier = fieldIdentifierFor(entry.name ?? "", taken);
      taken.add(fieldIdentifier);
    }
    const first = listedAt.get(fieldIdentifier);
    if (first !== undefined) issues.push({ detail: `"${fieldIdentifier}" is listed twice (also as field ${first + 1})`, field: at("fieldIdentifier") });
    else listedAt.set(fieldIdentifier, index);
    const existing = byIdentifier.get(fieldIdentifier);
    const builtIn = builtInField(form, fieldIdentifier);
    const pick = <K extends "isRequired" | "isIncluded" | "isPublic">(key: K): boolean => entry[key] ?? existing?.[key] ?? builtIn?.[key] ?? false;
    const state = {
      form,
      fieldIdentifier,
      type: entry.type ?? existing?.type ?? builtIn?.type ?? "text",
      name: entry.name ?? existing?.name ?? builtIn?.name ?? null,
      description: entry.description !== undefined ? entry.description : (existing?.description ?? null),
      isRequired: pick("isRequired"),
      isIncluded: pick("isIncluded"),
      isPublic: pick("isPublic"),
      min: entry.min !== undefined ? entry.min : (existing?.min ?? null),
      max: entry.max !== undefined ? entry.max : (existing?.max ?? null),
    };
    const options = entry.options ?? existing?.options.map((option) => option.value) ?? [];
    issues.push(
      ...fieldIssues({ ...state, options: options.length }, at, entry.options !== undefined ? "options" : "type"),
      ...optionIssues(options, (i) => ["fields", index, "options", i]),
    );
    return { state, existing, builtIn, options, optionsGiven: entry.options !== undefined };
  });
  const missing = builtInFields(form).filter((field) => !listedAt.has(field.fieldIdentifier));
  if (missing.length) {
    issues.push({
      detail: `Built-in fields cannot be deleted, only left out of the form; list them too (missing: ${missing.map((field) => field.fieldIdentifier).join(", ")})`,
      field: "fields",
    });
  }
  if (issues.length) throw new DocumentValidationError(issues);

  await db.$transaction(
    async (tx) => {
      const removed = stored.filter((row) => !listedAt.has(row.fieldIdentifier));
      if (removed.length) await tx.customForm.deleteMany({ where: { id: { in: removed.map((row) => row.id) } } });
      for (const [position, { state, existing, builtIn, options, optionsGiven }] of planned.entries()) {
        const { form: _form, fieldIdentifier, ...settings } = state;
        const data = { ...settings, name: settings.name ?? fieldIdentifier, position, isFixed: builtIn?.isFixed ?? false, isComplex: !builtIn };
        if (existing) {
          await tx.customForm.update({ where: { id: existing.id }, data });
          if (optionsGiven) await syncOptions(tx, existing.id, existing.options, options);
        } else {
          await tx.customForm.create({
            data: { ...data, eventId, form, fieldIdentifier, options: { create: options.map((value, i) => ({ value, position: i })) } },
          });
        }
      }
      await refreshPublicAnswers(eventId, form, tx);
    },
    // A form of a hundred fields is a few hundred statements.
    { timeout: 30_000 },
  );
  return db.customForm.findMany({ where: { eventId, form, deletedAt: null }, orderBy: [{ position: "asc" }, { id: "asc" }], include: withOptions });
}
