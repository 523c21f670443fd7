import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";
import { rowIdOrNotFound } from "../jsonapi/input";
import { prismaInclude } from "../jsonapi/include";
import { resourceOf } from "../jsonapi/registry";
import type { IncludeTree } from "../jsonapi/resource";
import { importJobScope, type ImportJobRecord } from "./find-import-jobs";

const notFound = () => new AppError("NOT_FOUND", "Import job not found");

/**
 * One import job its owner or an admin may read; someone else's answers 404 exactly like a
 * missing one, because the check is part of the query.
 */
export async function getImportJob(actor: Actor, id: string, options: { include?: IncludeTree } = {}): Promise<ImportJobRecord> {
  const scope = importJobScope(actor);
  const job = await db.importJob.findFirst({
    where: { AND: [scope, { id: rowIdOrNotFound(id, "Import job") }] },
    include: prismaInclude(resourceOf("import-job"), options.include ?? {}, actor),
  });
  if (!job) throw notFound();
  return job as ImportJobRecord;
}
