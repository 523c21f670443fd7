import { apiRoute } from "@/lib/api/route";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { documentResponse } from "@/lib/jsonapi/response";
import { registeredResources } from "@/lib/jsonapi/registry";
import { JSONAPI_VERSION } from "@/lib/jsonapi/serialize";
import { notOfferedRoute, type NotOfferedRoute } from "@/lib/oes/not-offered";

/**
 * Every /v1 path no other route serves. Open Event Server routes of features this product does
 * not offer (lib/oes/not-offered.ts) answer as OES would with no rows: an empty collection, an
 * empty linkage, 404 for an item, 403 for a write (JSON:API's answer to an unsupported creation
 * or relationship update), so its clients keep working. Anything else is a JSON:API 404, not the
 * HTML page of the site.
 */

const NO_ROUTE = (pathname: string) => new AppError("NOT_FOUND", `No API route at ${pathname}`);

/** The parent row must exist and be visible to the caller, as on every route under it. */
async function checkParent(route: NotOfferedRoute, actor: Actor): Promise<void> {
  if (!route.parent) return;
  const resource = registeredResources().find((candidate) => candidate.path === route.parent!.path);
  // A parent of a type this product does not offer (an order, a group) has no rows.
  if (!resource?.get) throw new AppError("NOT_FOUND", `Not found: ${route.reason}`);
  await resource.get(actor, route.parent.id, {});
}

function resolve(request: Request, method: string): { route: NotOfferedRoute; pathname: string } {
  const { pathname } = new URL(request.url);
  const route = notOfferedRoute(pathname);
  if (!route) throw NO_ROUTE(pathname);
  if (!route.methods.includes(method)) throw new AppError("METHOD_NOT_ALLOWED", `${method} is not served at ${pathname}`);
  return { route, pathname };
}

export const GET = apiRoute(async (request, { actor }) => {
  const { route, pathname } = resolve(request, "GET");
  if (route.kind === "detail" || route.kind === "blueprint") throw new AppError("NOT_FOUND", `Not found: ${route.reason}`);
  await checkParent(route, actor);
  if (route.kind === "relationship") {
    const related = pathname.replace("/relationships/", "/");
    return documentResponse({ data: route.many ? [] : null, links: { self: pathname, related }, jsonapi: JSONAPI_VERSION });
  }
  return documentResponse({ data: [], links: { self: pathname }, meta: { count: 0 }, jsonapi: JSONAPI_VERSION });
});

const refuseWrite = (method: string) =>
  apiRoute(async (request, { actor }) => {
    const { route } = resolve(request, method);
    if (route.kind === "detail") throw new AppError("NOT_FOUND", `Not found: ${route.reason}`);
    await checkParent(route, actor);
    throw new AppError("FORBIDDEN", `Not offered here: ${route.reason}`);
  });

export const POST = refuseWrite("POST");
export const PATCH = refuseWrite("PATCH");
export const DELETE = refuseWrite("DELETE");
