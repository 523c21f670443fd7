import { collectionResponse, parseQuery } from "@/lib/jsonapi";
import { apiRoute } from "@/lib/api/route";
import { roleResource } from "@/lib/roles/resource";
import { findRoles, refuseRoleSetChange } from "@/lib/roles/roles";

/** Public reference data, as Open Event Server serves it. */
export const GET = apiRoute(async (request, { actor }) => {
  const query = parseQuery(request, roleResource, { collection: true });
  return collectionResponse(request, roleResource, await findRoles(query), { actor, query });
});

/** The roles are a fixed set: refused (403) for everyone. */
export const POST = apiRoute(async (_request, { actor }) => refuseRoleSetChange(actor));
