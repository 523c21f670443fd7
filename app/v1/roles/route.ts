import { collectionResponse, parseQuery } from "@/lib/jsonapi";
import { apiRoute } from "@/lib/api/route";
import { roleResource } from "@/lib/roles/resource";
import { findRoles } from "@/lib/roles/roles";

/** Public reference data, as Open Event Server serves it. */
export const GET = apiRoute(async (request, { actor }) => {
  const query = parseQuery(request, roleResource, { collection: true });
  return collectionResponse(request, roleResource, await findRoles(query), { actor, query });
});
