import type { z } from "zod";
import { isAdmin, type Actor } from "../auth/actor";
import { delegateOf } from "../content/services";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { rowIdOrNotFound } from "../jsonapi/input";
import { prismaInclude } from "../jsonapi/include";
import { resourceOf } from "../jsonapi/registry";
import type { AnyResource, CollectionQuery, IncludeTree } from "../jsonapi/resource";
import { slugify } from "./schemas";
import { pageWindow } from "../pagination";

/**
 * Services of the event taxonomy. Anyone reads the non-deleted rows; only admins write.
 * Anonymous writers get 401 and signed-in non-admins 403: the rows are public, so refusing
 * openly reveals nothing (the events API answers the same way).
 */

/** What the taxonomy services read of a declaration (resource.ts) besides its JSON:API part. */
export interface TaxonomySpec {
  /** Noun for messages ("Event topic not found"). */
  label: string;
  createSchema: z.ZodType<Record<string, unknown>>;
  updateSchema: z.ZodType<Record<string, unknown>>;
  /** The Event column pointing here: rows still used by events are not deleted. */
  usedBy: "eventTopicId" | "eventSubTopicId" | "eventTypeId";
  /**
   * Rows listed and created under a parent (`/v1/event-topics/{id}/event-sub-topics`): the
   * relationship to it, its type and the column holding its id.
   */
  parent?: { relationship: string; type: string; column: "eventTopicId" };
}

export type TaxonomyResource = AnyResource & TaxonomySpec;

/** The parent's declaration, registered beside its children's (resource.ts). */
const parentOf = (parent: NonNullable<TaxonomySpec["parent"]>) => resourceOf(parent.type) as TaxonomyResource;

const rowId = (kind: TaxonomyResource, id: string | number): number => rowIdOrNotFound(id, kind.label);

function requireAdmin(actor: Actor, kind: TaxonomyResource): void {
  const what = `${kind.label.toLowerCase()}s`;
  if (!actor) throw new AppError("UNAUTHORIZED", `Sign in to change ${what}`);
  if (!isAdmin(actor)) throw new AppError("FORBIDDEN", `Only admins may change ${what}`);
}

async function existing(kind: TaxonomyResource, id: string | number): Promise<{ id: number }> {
  const row = await delegateOf(kind).findFirst({ where: { id: rowId(kind, id), deletedAt: null }, select: { id: true } });
  if (!row) throw notFound(kind.label);
  return row as { id: number };
}

export interface TaxonomyQuery extends CollectionQuery {
  /** The parent's id for rows listed under it (sub-topics of a topic). */
  parentId?: string;
}

export async function findTaxonomy(kind: TaxonomyResource, actor: Actor, query: TaxonomyQuery): Promise<{ items: unknown[]; count: number }> {
  const scope: Record<string, unknown> = { deletedAt: null };
  if (kind.parent && query.parentId !== undefined) {
    scope[kind.parent.column] = (await existing(parentOf(kind.parent), query.parentId)).id;
  }
  const where = { AND: [scope, query.where] };
  const delegate = delegateOf(kind);
  const [items, count] = await Promise.all([
    delegate.findMany({
      where,
      orderBy: query.orderBy,
      ...pageWindow(query.page),
      include: prismaInclude(kind, query.include, actor),
    }),
    delegate.count({ where }),
  ]);
  return { items, count };
}

export async function getTaxonomy(kind: TaxonomyResource, actor: Actor, id: string | number, include: IncludeTree = {}): Promise<unknown> {
  const row = await delegateOf(kind).findFirst({
    where: { id: rowId(kind, id), deletedAt: null },
    include: prismaInclude(kind, include, actor),
  });
  if (!row) throw notFound(kind.label);
  return row;
}

/** Slugs are unique (per topic for sub-topics); a clash names the slug, not the index. */
async function withUniqueSlug<T>(kind: TaxonomyResource, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", `An ${kind.label.toLowerCase()} with this slug already exists`, { field: "slug" }, { cause: error });
    }
    throw error;
  }
}

export async function createTaxonomy(
  kind: TaxonomyResource,
  actor: Actor,
  input: Record<string, unknown>,
  options: { parentId?: string; include?: IncludeTree } = {},
): Promise<unknown> {
  requireAdmin(actor, kind);
  const data: Record<string, unknown> = { ...input, slug: input.slug ?? slugify(String(input.name)) };
  if (kind.parent) {
    if (options.parentId === undefined) throw new AppError("BAD_REQUEST", `Create ${kind.label.toLowerCase()}s under their parent`);
    data[kind.parent.column] = (await existing(parentOf(kind.parent), options.parentId)).id;
  }
  if (!data.slug) {
    throw new AppError("UNPROCESSABLE", "The name gives no slug; send one", { field: "slug" });
  }
  return withUniqueSlug(kind, () => delegateOf(kind).create({ data, include: prismaInclude(kind, options.include ?? {}, actor) }));
}

export async function updateTaxonomy(
  kind: TaxonomyResource,
  actor: Actor,
  id: string | number,
  input: Record<string, unknown>,
  options: { expectedId?: string; include?: IncludeTree } = {},
): Promise<unknown> {
  requireAdmin(actor, kind);
  const row = await existing(kind, id);
  if (options.expectedId !== undefined && options.expectedId !== String(row.id)) {
    throw new AppError("CONFLICT", `data.id does not match the ${kind.label.toLowerCase()} in the URL`, { pointer: "/data/id" });
  }
  return withUniqueSlug(kind, () =>
    delegateOf(kind).update({ where: { id: row.id }, data: input, include: prismaInclude(kind, options.include ?? {}, actor) }),
  );
}

/** Soft delete; a row still used by events stays (409), so no event loses its topic or type silently. */
export async function deleteTaxonomy(kind: TaxonomyResource, actor: Actor, id: string | number): Promise<void> {
  requireAdmin(actor, kind);
  const row = await existing(kind, id);
  const events = await db.event.count({ where: { [kind.usedBy]: row.id, deletedAt: null } });
  if (events) {
    throw new AppError("CONFLICT", `This ${kind.label.toLowerCase()} is used by ${events} event${events === 1 ? "" : "s"}`);
  }
  await delegateOf(kind).update({ where: { id: row.id }, data: { deletedAt: new Date() } });
}
