import { isAdmin, type Actor } from "../auth/actor";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import type { Prisma, Role } from "../generated/prisma/client";
import { rowIdOrNotFound } from "../jsonapi/input";
import type { ParsedQuery } from "../jsonapi/query";
import { pageWindow } from "../pagination";
import type { UpdateRoleInput } from "./schemas";

/**
 * The event roles (owner, organizer, …): reference data seeded by a migration, public to
 * everyone as Open Event Server serves `/v1/roles`, so reads do not depend on the caller. The
 * set is fixed, because what each role may do is code (lib/permissions): admins rename a role's
 * title, nobody creates or deletes one (403, which Open Event answers non-admins).
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

const FIXED = "The event roles are a fixed set (owner, organizer, coorganizer, track_organizer, moderator, registrar, attendee): what each may do is part of the application";

export async function updateRole(actor: Actor, id: string, input: UpdateRoleInput, expectedId?: string): Promise<Role> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Authentication required");
  if (!isAdmin(actor)) throw new AppError("FORBIDDEN", "Only admins may rename a role");
  const role = await getRole(id);
  if (expectedId !== undefined && expectedId !== String(role.id)) throw new AppError("CONFLICT", "data.id does not match the role in the URL", { pointer: "/data/id" });
  return db.role.update({ where: { id: role.id }, data: input });
}

/** POST /v1/roles and DELETE /v1/roles/{id}: refused, after the caller's sign-in (and the row's existence) is checked. */
export async function refuseRoleSetChange(actor: Actor, id?: string): Promise<never> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Authentication required");
  if (id !== undefined) await getRole(id);
  throw new AppError("FORBIDDEN", FIXED);
}
