import type { Actor } from "../auth/actor";
import type { Prisma } from "../generated/prisma/client";
import type { ParsedQuery } from "../jsonapi/query";
import { prismaInclude, resolveThrough, type IncludeTree } from "../jsonapi/resource";
import { sessionResource, type SessionRecord } from "./resources";

export interface LoadOptions {
  /** Relationships to load (`include` of the request). */
  include?: IncludeTree;
}

/** Everything a session response needs, one query per relation level (see prismaInclude). */
export function sessionInclude(actor: Actor, include: IncludeTree = {}): Prisma.SessionInclude {
  return prismaInclude(sessionResource, include, actor) as Prisma.SessionInclude;
}

/** Loaded sessions ready for the serializer and for callers: speaker join rows replaced by the speakers. */
export function finishSessions(records: unknown[], include: IncludeTree = {}): SessionRecord[] {
  return resolveThrough(sessionResource, records, include) as SessionRecord[];
}

export type PageQuery = Pick<ParsedQuery, "include" | "orderBy" | "page" | "where">;

export const pageArgs = (query: PageQuery) => ({
  orderBy: query.orderBy as never,
  skip: (query.page.number - 1) * query.page.size,
  take: query.page.size,
});
