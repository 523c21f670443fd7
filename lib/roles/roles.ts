import { db } from "../db";
import { notFound } from "../errors";
import type { Prisma, Role } from "../generated/prisma/client";
import { rowIdOrNotFound } from "../jsonapi/input";
import type { ParsedQuery } from "../jsonapi/query";
import { pageWindow } from "../pagination";

/**
 * The event roles (owner, organizer, …): reference data seeded by a migration, public to
 * everyone as Open Event Server serves `/v1/roles`, so nothing here depends on the caller.
 */

export async function findRoles(query: Pick<ParsedQuery, "where" | "orderBy" | "page">): Promise<{ items: Role[]; count: number }> {
  const [items, count] = await Promise.all([
    db.role.findMany({
      where: query.where,
      orderBy: query.orderBy as Prisma.RoleOrderByWithRelationInput[],
      ...pageWindow(query.page),
    }),
    db.role.count({ where: query.where }),
  ]);
  return { items, count };
}

export async function getRole(id: string): Promise<Role> {
  const row = await db.role.findUnique({ where: { id: rowIdOrNotFound(id, "Role") } });
  if (!row) throw notFound("Role");
  return row;
}
