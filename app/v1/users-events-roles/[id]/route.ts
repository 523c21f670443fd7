import { deletedResponse, parseQuery, resourceResponse } from "@/lib/jsonapi";
import { apiRoute } from "@/lib/api/route";
import { deleteUsersEventsRole } from "@/lib/roles/delete-users-events-role";
import { usersEventsRolesResource } from "@/lib/roles/resource";
import { getUsersEventsRole } from "@/lib/roles/users-events-roles";

export const GET = apiRoute<{ id: string }>(async (request, { params: { id }, actor }) => {
  const query = parseQuery(request, usersEventsRolesResource);
  return resourceResponse(usersEventsRolesResource, await getUsersEventsRole(actor, id, query.include), { actor, query });
});

export const DELETE = apiRoute<{ id: string }>(async (request, { params: { id }, actor }) => {
  parseQuery(request, usersEventsRolesResource);
  await deleteUsersEventsRole(actor, id);
  return deletedResponse();
});
