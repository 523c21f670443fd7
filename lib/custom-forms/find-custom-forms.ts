import type { Actor } from "../auth/actor";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { eventIdFor, formReadScope, withOptions, type CustomFormRecord } from "./access";
import type { FormKind } from "./fields";

export interface CustomFormsQuery {
  /** One form only. */
  form?: FormKind;
  /** A filter of the request (lib/jsonapi/filter.ts builds it), ANDed with the scope. */
  where?: Prisma.CustomFormWhereInput;
  orderBy?: Prisma.CustomFormOrderByWithRelationInput[];
  /** A page; without one, every field (a form has at most a few hundred). */
  page?: { size: number; number: number };
  /** Relations the response needs besides the options (e.g. `event`). */
  include?: Prisma.CustomFormInclude;
}

const FORM_ORDER: Prisma.CustomFormOrderByWithRelationInput[] = [{ form: "asc" }, { position: "asc" }, { id: "asc" }];

/**
 * An event's form fields as the actor may see them (`GET /v1/events/{id}/custom-forms`): its
 * staff every field, anyone who may view the event the included ones. In form order by default.
 * An event the actor cannot see is NOT_FOUND.
 */
export async function findCustomForms(
  actor: Actor,
  eventIdOrIdentifier: string | number,
  query: CustomFormsQuery = {},
): Promise<{ items: CustomFormRecord[]; count: number }> {
  const eventId = await eventIdFor(actor, eventIdOrIdentifier, "content.view");
  const where: Prisma.CustomFormWhereInput = { AND: [{ eventId }, formReadScope(actor), query.form ? { form: query.form } : {}, query.where ?? {}] };
  const [items, count] = await Promise.all([
    db.customForm.findMany({
      where,
      orderBy: query.orderBy?.length ? query.orderBy : FORM_ORDER,
      ...(query.page ? { skip: (query.page.number - 1) * query.page.size, take: query.page.size } : {}),
      include: { ...withOptions, ...query.include },
    }),
    db.customForm.count({ where }),
  ]);
  return { items, count };
}
