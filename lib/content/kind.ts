import type { z } from "zod";
import type { AnyResource } from "../jsonapi/resource";

/**
 * Rooms, tracks, session types, sponsors, social links and tickets are all "event content":
 * rows owned by one event, read by whoever may see the event and changed by its organizers.
 * Each domain declares an EventContentKind once; the services (services.ts) and the /v1 route
 * handlers (routes.ts) are shared, so the six resources cannot drift apart in their rules.
 */

/** A broken cross-field rule: the internal attribute key and the message. */
export interface ContentIssue {
  path: string;
  message: string;
}

/**
 * The Prisma model delegate calls the shared services make. Prisma's delegates have no common
 * callable type (each method is generic over its own model's argument types), so services.ts
 * adapts them to this shape in one place.
 */
export interface ContentDelegate {
  findMany(args: object): Promise<unknown[]>;
  findFirst(args: object): Promise<unknown>;
  count(args: object): Promise<number>;
  create(args: object): Promise<unknown>;
  update(args: object): Promise<unknown>;
}

/** The columns through which sessions refer to content; such rows cannot be deleted while used. */
export type SessionReference = "microlocationId" | "trackId" | "sessionTypeId";

/** Prisma models of event content (their delegates' names on the client). */
export type ContentModel = "microlocation" | "track" | "sessionType" | "sponsor" | "socialLink" | "ticket";

export interface EventContentKind {
  resource: AnyResource;
  /** Singular noun for messages ("Track not found"). */
  label: string;
  model: ContentModel;
  createSchema: z.ZodType<Record<string, unknown>>;
  updateSchema: z.ZodType<Record<string, unknown>>;
  /** Rows that readers without `content.view-private` may see (e.g. tickets that are not hidden). */
  publicWhere?: Record<string, unknown>;
  /** Set when sessions point at this content through that column. */
  usedBy?: SessionReference;
  /**
   * Rules across attributes, checked on the whole row: by the create schema, and again after a
   * PATCH is merged with the stored values (a PATCH of one side of a pair must not break it).
   */
  rules?: (value: Record<string, unknown>) => ContentIssue[];
}

/** Adds a kind's cross-field rules to a zod object schema as issues with paths. */
export function refineWith(rules: (value: Record<string, unknown>) => ContentIssue[]) {
  return (value: Record<string, unknown>, ctx: z.RefinementCtx) => {
    for (const issue of rules(value)) ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
  };
}
