import type { Actor } from "../auth/actor";
import { db } from "../db";
import { notFound } from "../errors";
import type { CustomFormOption, Prisma } from "../generated/prisma/client";
import { rowIdOrNotFound } from "../jsonapi/input";
import { formReadScope } from "./access";

/** An option of a field the actor may see (`GET /v1/custom-form-options/{id}`); else NOT_FOUND. */
export async function getCustomFormOption(
  actor: Actor,
  id: string | number,
  options: { include?: Prisma.CustomFormOptionInclude } = {},
): Promise<CustomFormOption> {
  const row = await db.customFormOption.findFirst({
    where: { id: rowIdOrNotFound(id, "Custom form option"), customForm: formReadScope(actor) },
    ...(options.include ? { include: options.include } : {}),
  });
  if (!row) throw notFound("Custom form option");
  return row;
}
