import type { Actor } from "../auth/actor";
import { db } from "../db";
import { notFound } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { rowIdOrNotFound } from "../jsonapi/input";
import { formReadScope, withOptions, type CustomFormRecord } from "./access";

/** A form field the actor may see (see find-custom-forms.ts), with its options; else NOT_FOUND. */
export async function getCustomForm(actor: Actor, id: string | number, options: { include?: Prisma.CustomFormInclude } = {}): Promise<CustomFormRecord> {
  const row = await db.customForm.findFirst({
    where: { AND: [{ id: rowIdOrNotFound(id, "Custom form") }, formReadScope(actor)] },
    include: { ...withOptions, ...options.include },
  });
  if (!row) throw notFound("Custom form");
  return row;
}
