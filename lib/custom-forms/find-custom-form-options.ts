import type { Actor } from "../auth/actor";
import { db } from "../db";
import type { CustomFormOption, Prisma } from "../generated/prisma/client";
import type { CollectionQuery, Page, Where } from "../jsonapi/resource";
import { pageWindow } from "../pagination";
import { formReadScope } from "./access";
import { getCustomForm } from "./get-custom-form";

/** The options of a field the actor may see, in order. */
export async function findCustomFormOptions(actor: Actor, customFormId: string | number): Promise<CustomFormOption[]> {
  const field = await getCustomForm(actor, customFormId);
  return field.options;
}

/**
 * A page of the options matching `where` among those of fields the actor may see: the
 * collection `GET /v1/custom-forms/{id}/custom-form-options` (`where` names the field) and the
 * target of a field's `custom-form-options` relationship.
 */
export async function findCustomFormOptionsWhere(actor: Actor, where: Where, query: CollectionQuery, include?: Prisma.CustomFormOptionInclude): Promise<Page> {
  const scoped: Prisma.CustomFormOptionWhereInput = { AND: [where as Prisma.CustomFormOptionWhereInput, query.where as Prisma.CustomFormOptionWhereInput, { customForm: formReadScope(actor) }] };
  const [items, count] = await Promise.all([
    db.customFormOption.findMany({
      where: scoped,
      orderBy: query.orderBy as Prisma.CustomFormOptionOrderByWithRelationInput[],
      ...pageWindow(query.page),
      ...(include && Object.keys(include).length ? { include } : {}),
    }),
    db.customFormOption.count({ where: scoped }),
  ]);
  return { items, count };
}

/** `GET /v1/custom-forms/{id}/custom-form-options`: a field the actor cannot see is NOT_FOUND. */
export async function findFieldOptions(actor: Actor, customFormId: string, query: CollectionQuery, include?: Prisma.CustomFormOptionInclude): Promise<Page> {
  const field = await getCustomForm(actor, customFormId);
  return findCustomFormOptionsWhere(actor, { customFormId: field.id }, query, include);
}
