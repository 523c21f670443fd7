import { collectionResponse, parseQuery } from "@/lib/jsonapi";
import { apiRoute } from "@/lib/api/route";
import { usersEventsRolesResource } from "@/lib/roles/resource";
import { findUsersEventsRoles } from "@/lib/roles/users-events-roles";

/** `id` is the event's id or identifier. */
export const GET = apiRoute<{ id: string }>(async (request, { params: { id }, actor }) => {
  const query = parseQuery(request, usersEventsRolesResource, { collection: true });
  const page = await findUsersEventsRoles(actor, id, query);
  return collectionResponse(request, usersEventsRolesResource, page, { actor, query });
});
