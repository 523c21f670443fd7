import { isAdmin, type Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";
import type { ImportJob, Prisma } from "../generated/prisma/client";
import type { OrderBy } from "../jsonapi/query";
import { prismaInclude } from "../jsonapi/include";
import { resourceOf } from "../jsonapi/registry";
import type { IncludeTree } from "../jsonapi/resource";
import type { UserRecord } from "../users/load";
import { pageWindow } from "../pagination";

/** An import job as services load it (see the declaration, resource.ts). */
export type ImportJobRecord = ImportJob & { user?: UserRecord | null; event?: unknown; task?: { id: string } | null };

export interface FindImportJobsQuery {
  where?: Prisma.ImportJobWhereInput | Record<string, unknown>;
  orderBy?: OrderBy;
  page?: { size: number; number: number };
  include?: IncludeTree;
}

const DEFAULT_ORDER: OrderBy = [{ startsAt: "desc" }, { id: "desc" }];

/** Import jobs the actor may read: their own; admins everyone's. */
export function importJobScope(actor: Actor): Prisma.ImportJobWhereInput {
  if (!actor) throw new AppError("UNAUTHORIZED", "Sign in to read import jobs");
  return isAdmin(actor) ? {} : { userId: actor.id };
}

export async function findImportJobs(actor: Actor, query: FindImportJobsQuery = {}): Promise<{ items: ImportJobRecord[]; count: number }> {
  const where: Prisma.ImportJobWhereInput = { AND: [importJobScope(actor), query.where ?? {}] };
  const page = query.page ?? { size: 20, number: 1 };
  const [items, count] = await Promise.all([
    db.importJob.findMany({
      where,
      orderBy: (query.orderBy?.length ? query.orderBy : DEFAULT_ORDER) as Prisma.ImportJobOrderByWithRelationInput[],
      ...pageWindow(page),
      include: prismaInclude(resourceOf("import-job"), query.include ?? {}, actor),
    }),
    db.importJob.count({ where }),
  ]);
  return { items: items as ImportJobRecord[], count };
}
