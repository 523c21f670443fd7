import { db, type Tx } from "../db";
import { Prisma, type CustomForm } from "../generated/prisma/client";
import type { FormKind } from "./fields";
import type { FormField } from "./form-schema";

/**
 * An event's form definition as the schema builder reads it: its custom-form rows (of one form,
 * or both) in form order, each with its options' values. One query whatever the number of fields
 * and options, since every write of a session or speaker loads it (Prisma would take two).
 */
export async function loadFormDefinition(eventId: number, form?: FormKind, client: Tx = db): Promise<FormField[]> {
  const rows = await client.$queryRaw<(Omit<FormField, "options"> & { options: string[] | null })[]>`
    SELECT f."form"::text AS "form", f."fieldIdentifier", f."name", f."type", f."description", f."isRequired", f."isIncluded",
           f."isPublic", f."isFixed", f."isComplex", f."position", f."min", f."max",
           (SELECT array_agg(o."value" ORDER BY o."position", o."id") FROM "CustomFormOption" o WHERE o."customFormId" = f."id") AS "options"
    FROM "CustomForm" f
    WHERE f."eventId" = ${eventId} AND f."deletedAt" IS NULL ${form ? Prisma.sql`AND f."form" = ${form}::"FormKind"` : Prisma.empty}
    ORDER BY f."form", f."position", f."id"`;
  return rows.map((row) => ({ ...row, options: row.options ?? [] }));
}

/** Every field row of an event (both forms, in form order) with its option values, in one query: the organizer's backup. */
export async function loadCustomFormRows(eventId: number, client: Tx = db): Promise<(CustomForm & { options: string[] })[]> {
  const rows = await client.$queryRaw<(CustomForm & { options: string[] | null })[]>`
    SELECT f.*, f."form"::text AS "form",
           (SELECT array_agg(o."value" ORDER BY o."position", o."id") FROM "CustomFormOption" o WHERE o."customFormId" = f."id") AS "options"
    FROM "CustomForm" f
    WHERE f."eventId" = ${eventId} AND f."deletedAt" IS NULL
    ORDER BY f."form", f."position", f."id"`;
  return rows.map((row) => ({ ...row, options: row.options ?? [] }));
}
