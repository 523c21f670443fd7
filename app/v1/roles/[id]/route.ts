import { parseQuery, resourceResponse } from "@/lib/jsonapi";
import { apiRoute } from "@/lib/api/route";
import { roleResource } from "@/lib/roles/resource";
import { getRole } from "@/lib/roles/roles";

/** Public reference data, as Open Event Server serves it. */
export const GET = apiRoute<{ id: string }>(async (request, { params: { id }, actor }) => {
  const query = parseQuery(request, roleResource);
  return resourceResponse(roleResource, await getRole(id), { actor, query });
});
