import type { z } from "zod";
import { readJsonBody } from "./body";
import { DocumentValidationError } from "./errors";
import { documentResponse } from "./response";
import { API_BASE, JSONAPI_VERSION, relationshipLinks, type Linkage } from "./serialize";

/**
 * Relationship documents ("resource linkage") of relationship endpoints,
 * `/v1/<path>/{id}/relationships/<name>`. Most are read-only or to-one and served by lib/related;
 * the writable to-many ones (a session's speakers) have their own routes: GET answers the
 * linkage, PATCH replaces it, POST adds to it and DELETE removes from it, each answering the
 * linkage afterwards. Their linkage schema is the domain's (lib/<domain>/schemas.ts); errors
 * point into the request document (`/data/0/id`).
 */

export function linkageResponse(path: string, id: number, relationship: string, type: string, ids: readonly number[]): Response {
  return relationshipResponse(`${API_BASE}/${path}/${id}`, relationship, ids.map((target) => ({ type, id: String(target) })));
}

/**
 * The relationship document of the resource at `self` (`resourcePath`): its linkage (`null` or
 * an identifier for a to-one relationship, an array for a to-many one) and the links the
 * resource's own document gives the relationship.
 */
export function relationshipResponse(self: string, relationship: string, data: Linkage | Linkage[] | null): Response {
  return documentResponse({ data, links: relationshipLinks(self, relationship), jsonapi: JSONAPI_VERSION });
}

export async function parseLinkage<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  const result = schema.safeParse(await readJsonBody(request));
  if (!result.success) {
    throw new DocumentValidationError(
      result.error.issues.map((issue) => ({ detail: issue.message, pointer: `/${issue.path.map(String).join("/")}` })),
    );
  }
  return result.data;
}
